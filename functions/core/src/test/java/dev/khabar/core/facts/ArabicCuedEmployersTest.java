package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title whose complement opens with an organization's cue noun («لبنك X», «مجموعة X», «شركة X») is held at the
 * organization that noun introduces: the one named after it, or, when the entities found no name there, none of the
 * story's other companies. Texts written here.
 */
class ArabicCuedEmployersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك نتائجها. وكان سامر حداد، الرئيس التنفيذي لبنك الإمارات دبي الوطني، قال إن الطلب قوي.|سامر حداد|الإمارات دبي الوطني",
            "أعلنت شركة سابك نتائجها. وقالت ليلى عمران، المديرة المالية لبنك HSBC، إن الأرباح نمت.|ليلى عمران|HSBC",
            "أعلنت شركة سابك نتائجها. وقال فهد السالم، الرئيس التنفيذي لمنصة تمارا، إن الأرباح زادت.|فهد السالم|Tamara",
            "أعلنت شركة سابك نتائجها. وأوضح هاني سعيد، رئيس مجلس إدارة مجموعة تيكوم، أن المشروع اكتمل.|هاني سعيد|TECOM Group",
            // «للشركة» with its article is the story's company still
            "أعلنت شركة سابك نتائجها. وقال فهد السالم، الرئيس التنفيذي للشركة في السعودية، إن الأرباح زادت.|فهد السالم|SABIC"})
    void theOrganizationAfterTheCueNounEmploys(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك نتائجها. وقال فهد السالم، رئيس مجلس إدارة « شركة دلتا الصحية»، إن الأرباح زادت.|فهد السالم|SABIC",
            "أعلنت شركة سابك نتائجها. وقال فهد السالم، رئيس مجلس إدارة شركة دله الصحية، إن الأرباح زادت.|فهد السالم|SABIC",
            "أعلنت شركة سابك نتائجها. وأكد كريم داود، مدير عام « شركة روافد»، أن الطلب قوي.|كريم داود|SABIC"})
    void anUnfoundNameAfterTheCueNounIsNotTheStorysCompany(String text, String person, String story) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, person, story), x.describeFacts());
    }
}
