package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «الأسبق» (former), «بالإنابة», «المكلف», «بالتكليف» (acting) and adjectives of rank or reach («الأول», «الإقليمي», «العالمي»)
 * after an Arabic title: the title goes on to its employer, and the holder holds it there, not at the story's company.
 * Texts written here.
 */
class ArabicTitleStatusWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك نتائجها. وقال خالد الحربي، الرئيس التنفيذي الأسبق لشركة أرامكو، إن الطلب قوي.|خالد الحربي|شركة أرامكو|CEO",
            "أعلنت شركة سابك نتائجها. وقالت ليلى عمران، المديرة المالية بالإنابة لبنك HSBC، إن الأرباح نمت.|ليلى عمران|HSBC|acting CFO",
            "أعلنت شركة سابك نتائجها. وأكد سامي العنزي، الرئيس التنفيذي المكلف لشركة أرامكو، أن الخطة اكتملت.|سامي العنزي|شركة أرامكو|acting CEO",
            "أعلنت شركة سابك نتائجها. وقال رئيس مجلس الإدارة الأسبق لشركة أرامكو، فهد السالم، إن السوق تعافى.|فهد السالم|شركة أرامكو|chairman",
            "أعلنت شركة سابك نتائجها. وحضر الاجتماع المدير العام بالتكليف لهيئة المياه الوطنية مروان الصافي.|مروان الصافي|هيئة المياه الوطنية|acting director general",
            // a title's rank or reach
            "أعلنت شركة سابك نتائجها. وقال خالد الحربي، نائب الرئيس الأول لشركة أرامكو، إن الطلب قوي.|خالد الحربي|شركة أرامكو|vice president",
            "أعلنت شركة سابك نتائجها. وقالت ليلى عمران، المديرة الإقليمية لبنك HSBC في الخليج، إن الأرباح نمت.|ليلى عمران|HSBC|director",
            "أعلنت شركة سابك نتائجها. وأكد سامي العنزي، الرئيس التنفيذي العالمي لشركة أرامكو، أن الخطة اكتملت.|سامي العنزي|شركة أرامكو|CEO"})
    void theTitleKeepsItsEmployer(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && role.equals(f.role())), x.describeFacts());
    }

    @org.junit.jupiter.api.Test
    void anActingStatusIsNoTasking() {
        // «بالتكليف» after a title is the status of the post held, not the verbal noun of a new tasking
        Extracted x = Extracted.of("وقعت شركة ريادة للاتصالات مذكرة تفاهم مع هيئة المياه الوطنية. تم توقيع المذكرة في مقر الهيئة "
                + "بحضور الرئيس التنفيذي لشركة ريادة سامر النجار، والمدير العام بالتكليف لهيئة المياه الوطنية مروان الصافي، "
                + "والمسؤولين من الجهتين.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "مروان الصافي", "هيئة المياه الوطنية"), x.describeFacts());
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }
}
