package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «رئيس» before a bank, a public corporation, an authority or an association is its chairman; before a company or a
 * group, its president, and so an international, development or central bank's. Texts written here.
 */
class ArabicChairedBodiesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال وليد سمير رئيس بنك الواحة الدولي إن الأرباح زادت.|وليد سمير|chairman",
            "وأكد نادر حداد رئيس المؤسسة العامة للكهرباء أن المشروع سيكتمل.|نادر حداد|chairman",
            "وعين مجلس الوزراء كمال يوسف رئيسا للبنك الزراعي الوطني.|كمال يوسف|chairman",
            "وقال رامي حداد رئيس شركة زيلماكس إن الصفقة مفيدة.|رامي حداد|president",
            "وقال رامي حداد رئيس مجموعة زيلماكس إن الصفقة مفيدة.|رامي حداد|president",
            "وقال رئيس البنك الآسيوي للتنمية كمال يوسف إن النمو سيتباطأ.|كمال يوسف|president",
            "وقال رئيس البنك الإسلامي للتنمية نادر حداد إن البنك سيمول المشروع.|نادر حداد|president"})
    void theHeadOfABoardRunBodyIsItsChairman(String text, String person, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        assertEquals(role, x.document().facts().stream().filter(f -> (f.type() == FactType.ROLE
                || f.type() == FactType.EMPLOYMENT_START) && f.subject().equals(p)).findFirst()
                .orElseThrow(() -> new AssertionError(x.describeFacts())).role(), x.describeFacts());
    }
}
