package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «كوانتيكس الناشئة», «بلوفيلد العملاقة»: an undefined word before the feminine adjective of a company's kind is a
 * company, as before an adjective of nationality; a noun with the article before it stays a common noun. Texts written
 * here.
 */
class ArabicCompanyKindAdjectivesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استثمرت سيكويا في كوانتيكس الناشئة.|كوانتيكس",
            "وقادت الجولة شركة فالكو، وشاركت فيها زيبرا الناشئة.|زيبرا",
            "واستحوذت بلوفيلد العملاقة على منصة ناشئة.|بلوفيلد"})
    void theWordBeforeTheAdjectiveIsACompany(String text, String company) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(company).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتدعم الحكومة الشركات الناشئة في المنطقة.",
            "وتستثمر الصناديق في مشاريع التقنية الناشئة.",
            "وتستهدف الأسواق الناشئة جذب الاستثمارات."})
    void aDefiniteNounBeforeItNamesNothing(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }
}
