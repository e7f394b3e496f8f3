package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «قادماً من بنك X، حيث كان يشغل منصب …»: a post held where «حيث» points, at the organization named before it. */
class ArabicPostsHeldWhereTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سحاب للبرمجيات تعيين عمر الخطيب رئيساً تنفيذياً، قادماً من بنك الأمل، حيث كان يشغل منصب نائب الرئيس.|عمر الخطيب|بنك الأمل",
            "أعلنت شركة سحاب للبرمجيات تعيين عمر الخطيب رئيساً تنفيذياً. وانضم الخطيب إلى الشركة قادماً من بنك الأمل حيث شغل منصب المدير المالي.|عمر الخطيب|بنك الأمل",
            "وعملت ليلى منصور سابقاً في مجموعة الرواد القابضة حيث شغلت منصب مديرة التسويق.|ليلى منصور|مجموعة الرواد القابضة"})
    void thePostIsHeldWhereItPoints(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @Test
    void aPlaceBeforeWhereIsNoEmployer() {
        Extracted x = Extracted.of("افتتحت شركة سحاب للبرمجيات مكتباً في دبي حيث يشغل عمر الخطيب منصب المدير الإقليمي.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() != FactType.LOCATED_IN && f.object() != null
                && f.object().equals(x.withAlias("دبي").id())),
                x.describeFacts());
    }

    @Test
    void whereOpeningAnotherClauseLeavesThePostAlone() {
        Extracted x = Extracted.of("ويشغل عمر الخطيب منصب المدير المالي في بنك الأمل حيث يشرف على الحسابات.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "عمر الخطيب", "بنك الأمل"), x.describeFacts());
        assertFalse(x.document().facts().size() > 1, x.describeFacts());
    }
}
