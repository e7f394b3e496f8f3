package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «فلان، المدير المالي لشركة Y حاليا، سيخلف X»: a successor whose present title stands between his name and the verb
 * takes the post of the one he succeeds, at that one's employer, not at the company of his own title; Arabic may appose
 * that title without commas («إن فلان العضو في مجلس الإدارة سيخلف X»), and the name after the verb is still the one
 * replaced.
 */
class ArabicTitledSuccessorsTest {
    private static final String LEFT = "قالت شركة النخبة للطيران إن رئيسها التنفيذي خالد الحداد سيترك منصبه. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال مصدر إن نادر العلي، المدير المالي حاليا، سيخلف الحداد في المنصب.",
        "وقال مصدر إن نادر العلي، المدير المالي لشركة الواحة للنقل حاليا، سيخلف الحداد في المنصب.",
        "وأضاف البيان أن نادر العلي، الرئيس التنفيذي للعمليات، سيخلف الحداد."})
    void theSuccessorTakesThePostOfTheOneHeSucceeds(String told) {
        Extracted x = Extracted.of(LEFT + told, "2024-03-01");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, "Nader Al-Ali", "شركة النخبة للطيران").isPresent(), x.describeFacts());
        assertTrue(x.fact(FactType.EMPLOYMENT_START, "Nader Al-Ali", "شركة الواحة للنقل").isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال نادر العلي، المدير المالي لشركة الواحة للنقل، إن الشركة ستواصل النمو.",
        "وقال مصدر إن نادر العلي، وهو مصرفي سابق، سيخلف الحداد في المنصب."})
    void noTitledSuccessorNoStart(String told) {
        Extracted x = Extracted.of(LEFT + told, "2024-03-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وذكرت شركة الواحة للنقل أن نادر العلي العضو في مجلس الإدارة سيخلف خالد الحداد كرئيس لمجلس الإدارة.",
        "وذكرت شركة الواحة للنقل أن نادر العلي نائب الرئيس التنفيذي سيخلف خالد الحداد في منصب الرئيس التنفيذي."})
    void aTitleApposedWithoutCommasLeavesTheSuccessorBeforeTheVerb(String text) {
        Extracted x = Extracted.of(text, "2024-03-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, "نادر العلي", "شركة الواحة للنقل"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "خالد الحداد", "شركة الواحة للنقل"), x.describeFacts());
        assertTrue(!x.hasFactByAlias(FactType.EMPLOYMENT_START, "خالد الحداد", "شركة الواحة للنقل"), x.describeFacts());
    }
}
