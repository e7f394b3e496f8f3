package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country's government named by its nationality adjective («الحكومة المصرية») or by the country («حكومة كندا») is
 * one organization with an English name, not the word government and a place. Texts written here.
 */
class ArabicGovernmentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافقت الحكومة المصرية على خطة الشركة لبناء المصنع.|الحكومة المصرية|Government of Egypt",
            "وتلقى المشروع دعما من الحكومة الفرنسية العام الماضي.|الحكومة الفرنسية|Government of France",
            "وقال متحدث إن للحكومة الألمانية حصة في البنك.|الحكومة الألمانية|Government of Germany",
            "ووقعت حكومة كندا اتفاقا مع المجموعة أمس.|حكومة كندا|Government of Canada",
            "ورحبت الحكومة السعودية بالاستثمار الجديد.|الحكومة السعودية|Government of Saudi Arabia"})
    void theGovernmentOfACountryIsOneOrganization(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(alias).type(), x.names());
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت الحكومة إن المشروع سيبدأ قريبا.",
            "وأعلنت الحكومة الجديدة خطتها للاقتصاد.",
            "ووعدت الحكومة المحلية بدعم المزارعين."})
    void aGovernmentNamedByNoCountryIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().isEmpty(), x.names());
    }
}
