package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تولى X رئاسة Y التنفيذية» (the CEO's post), «تولى X إدارة Y» (the general manager's): the office taken named by
 * the verbal noun of doing it, after a title apposed to X too («سيتولى X، المدير العام السابق لشركة W، إدارة Y»), whose
 * company is not the one joined, and the title given to one hired after his apposed title («عينت X فلانا، مديرها
 * السابق، رئيسا للعمليات»). Texts written here.
 */
class ArabicOfficeNounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتولى خالد العتيبي رئاسة شركة طيران الخليج التنفيذية في أغسطس 2009.|Khaled Al-Atibi|Gulf Air|CEO",
            "وتولى خالد العتيبي إدارة شركة سابك عام 2015.|Khaled Al-Atibi|SABIC|general manager",
            "وتولى محمد الشمري رئاسة سابك التنفيذية في مارس 2020.|Mohamed Al-Shmri|SABIC|CEO"})
    void theOfficeOfAVerbalNounTaken(String text, String person, String org, String role) {
        assertEquals(role, Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وسيتولى يوسف بنعلي، المدير العام السابق لشركة أطلس للتوزيع، إدارة شركة سابك.|Youssef Bnali|SABIC|general manager",
            "وتولى خالد العتيبي، الرئيس التنفيذي لشركة أطلس، رئاسة مجلس إدارة شركة سابك.|Khaled Al-Atibi|SABIC|chairman",
            "وتولى محمد الشمري، المدير المالي السابق في بنك كوردا، رئاسة سابك التنفيذية.|Mohamed Al-Shmri|SABIC|CEO"})
    void theOfficeTakenAfterATitleApposedToTheDoer(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(role, x.requireFact(FactType.EMPLOYMENT_START, person, org).role());
        assertTrue(x.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_START).count() == 1, x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعينت شركة سابك سامي الحربي، المدير التنفيذي السابق في بنك الرياض، رئيسا للعمليات.|Sami Al-Hrbi|SABIC|head of operations",
            "عينت شركة سابك خالد العتيبي، مدير المبيعات في طيران الخليج، رئيسا تنفيذيا لها.|Khaled Al-Atibi|SABIC|CEO",
            "عينت شركة سابك سامي الحربي، وهو مصرفي سابق، رئيسا تنفيذيا.|Sami Al-Hrbi|SABIC|CEO"})
    void theTitleGivenAfterATitleApposedToTheOneHired(String text, String person, String org, String role) {
        assertEquals(role, Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عينت شركة سابك سامي الحربي، وهو مصرفي سابق، رئيسا تنفيذيا.|مصرفي سابق"})
    void whatTheOneHiredIsNamesNoOne(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }
}
