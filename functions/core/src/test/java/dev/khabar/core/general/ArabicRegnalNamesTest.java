package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A ruler named by his regnal number («محمد الخامس», «الحسن الأول») after an institution's or a site's noun, with or
 * without the noun's adjective, lends the thing his name: an institution is an organization named by the whole
 * phrase, a site no person.
 */
class ArabicRegnalNamesTest {
    private static boolean noPerson(Extracted x) {
        return x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت جامعة الحسن الأول اتفاقية تعاون مع شركة النخيل للتقنية.|جامعة الحسن الأول",
            "أعلن معهد محمد السادس عن برنامج جديد للتكوين.|معهد محمد السادس"})
    void anInstitutionNamedByARegnalNameIsAnOrganization(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(noPerson(x), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتتولى شركة الأطلس للأشغال تهيئة الملعب البلدي الحسن الثاني بأكادير.",
            "ونالت الشركة صفقة توسعة المركب الرياضي محمد الخامس قبل البطولة."})
    void aSiteNamedByARegnalNameIsNoPerson(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(noPerson(x), x.names());
    }
}
