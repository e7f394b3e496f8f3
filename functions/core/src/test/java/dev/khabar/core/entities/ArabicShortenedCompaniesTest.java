package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company named in full, then shortened: after a title the short form is the employer, no person («رئيس بلومارا
 * القابضة» after «مجموعة بلومارا القابضة»), and it is the same company, its cue or complement left out («دله الصحية»,
 * «زيفر»); a name written with a final ه is no feminine noun after the cue («شركة دله»). Texts written here.
 */
class ArabicShortenedCompaniesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت مجموعة بلومارا القابضة عن أرباحها. وقال رئيس بلومارا القابضة إن النتائج قوية.|مجموعة بلومارا القابضة|بلومارا القابضة",
            "استحوذت شركة دله للخدمات الصحية على مستشفى. وقال رئيس مجلس إدارة دله الصحية إن الصفقة مهمة.|دله للخدمات الصحية|دله الصحية",
            "أعلنت شركة زيفر للتقنية المالية عن جولة تمويلية. واستحوذت شركة زيفر على منصة ناشئة.|زيفر للتقنية المالية|زيفر"})
    void theShortFormIsTheCompanyNamedBefore(String text, String full, String shortened) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(full).type(), e.names());
        assertEquals(e.withAlias(full).id(), e.withAlias(shortened).id(), e.names());
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.PERSON), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة عوده للاستثمار اتفاقية مع بنك الرياض.|عوده للاستثمار"})
    void aNameEndingInHaFollowsTheCue(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(name).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سامي للتجارة عن أرباحها. وقال رئيس الشركة سامي الخطيب إن النتائج قوية.|سامي الخطيب"})
    void aGivenNameOpeningACompanysNameStillOpensAPerson(String text, String person) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.withAlias(person).type(), e.names());
    }
}
