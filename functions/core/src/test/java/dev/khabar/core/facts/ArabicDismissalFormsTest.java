package dev.khabar.core.facts;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The feminine and present forms of the Arabic verbs of dismissal («أقالت», «أعفت», «أطاحت»). Texts written here. */
class ArabicDismissalFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أقالت شركة سابك رئيسها التنفيذي خالد العتيبي.|Khaled Al-Atibi|SABIC",
            "وأعفت أرامكو مديرها المالي محمد الشمري من منصبه.|Mohamed Al-Shmri|Saudi Aramco",
            "أطاحت شركة سابك برئيسها التنفيذي خالد العتيبي.|Khaled Al-Atibi|SABIC"})
    void aCompanyDismissesItsOfficer(String text, String person, String org) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_END, person, org);
    }
}
