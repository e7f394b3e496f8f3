package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «مبادلة العملات», «مبادلة الديون»: a known name spelled like a third-form verbal noun is that noun before a definite
 * noun in construct; alone, with a nationality or right after a verb (its subject) it is the name still. Texts written here.
 */
class VerbalNounNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وناقش الجانبان اتفاقية مبادلة العملات بين البلدين.",
            "وتشمل الخطة مبادلة الديون بمشاريع تنموية.",
            "ودرس المصرفان مبادلة الأسهم بين الشركتين."})
    void aVerbalNounInConstructIsNoName(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertFalse(e.entity("Mubadala Investment Company").isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستثمرت مبادلة الإماراتية مليار دولار في شركة نوفا.",
            "وقالت مبادلة إنها ستواصل الاستثمار في القطاع.",
            "وضخت مبادلة الأموال في شركة نوفا العام الماضي."})
    void theNameAloneOrWithItsNationalityIsTheFund(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.entity("Mubadala Investment Company").isPresent(), e.names());
    }
}
