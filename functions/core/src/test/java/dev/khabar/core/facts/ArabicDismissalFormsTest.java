package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The feminine and present forms of the Arabic verbs of dismissal («أقالت», «أعفت», «أطاحت»), and «أنهت خدمات» ("ended the
 * services of") with the company between the verb and its noun. Texts written here.
 */
class ArabicDismissalFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أقالت شركة سابك رئيسها التنفيذي خالد العتيبي.|Khaled Al-Atibi|SABIC",
            "وأعفت أرامكو مديرها المالي محمد الشمري من منصبه.|Mohamed Al-Shmri|Saudi Aramco",
            "أطاحت شركة سابك برئيسها التنفيذي خالد العتيبي.|Khaled Al-Atibi|SABIC",
            "أنهت شركة سابك خدمات رئيسها التنفيذي خالد العتيبي.|Khaled Al-Atibi|SABIC",
            "وأنهى مجلس إدارة أرامكو خدمات المدير المالي محمد الشمري اعتبارا من أول يونيو.|Mohamed Al-Shmri|Saudi Aramco",
            "واستغنت شركة سابك عن خدمات مديرها المالي خالد العتيبي.|Khaled Al-Atibi|SABIC"})
    void aCompanyDismissesItsOfficer(String text, String person, String org) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_END, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the year ended, the services grown: no one's services were ended
            "أنهت شركة سابك العام بأرباح قياسية، وقال رئيسها التنفيذي خالد العتيبي إن الخدمات نمت.|Khaled Al-Atibi|SABIC"})
    void endingTheYearDismissesNoOne(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.fact(FactType.EMPLOYMENT_END, person, org).isEmpty(), x.describeFacts());
    }
}
