package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two Arabic titles joined by «و» before one name («نائب الرئيس التنفيذي لمجموعة A والمدير العام لشركة B فلان»): both
 * are the name's posts; a title cut off by a comma before the second («رئيس مجلس إدارة A، والرئيس التنفيذي لـB فلان»)
 * may be someone else's and gives the name nothing. Texts written here.
 */
class ArabicConjoinedTitlesBeforeNameTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال نائب الرئيس التنفيذي لمجموعة الفنار القابضة والمدير العام لشركة سدير للطاقة ماجد الدوسري إن الشراكة مهمة.|ماجد الدوسري|مجموعة الفنار القابضة",
            "وقال نائب الرئيس التنفيذي لمجموعة الفنار القابضة والمدير العام لشركة سدير للطاقة ماجد الدوسري إن الشراكة مهمة.|ماجد الدوسري|سدير للطاقة",
            "وقال رئيس مجلس إدارة بنك الرواد والرئيس التنفيذي لشركة سدير للطاقة ماجد الدوسري إن الشراكة مهمة.|ماجد الدوسري|بنك الرواد",
            "وأكدت الرئيسة التنفيذية لبنك الرواد والمديرة العامة لشركة نماء القابضة هند العلي أن النتائج جيدة.|هند العلي|بنك الرواد"})
    void bothTitlesAreTheNamesPosts(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.ROLE, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر الحفل رئيس مجلس إدارة بنك الرواد، والرئيس التنفيذي لشركة سدير للطاقة ماجد الدوسري.|ماجد الدوسري|بنك الرواد"})
    void aTitleCutOffByACommaIsNotTheNames(String text, String person, String org) {
        Extracted e = x(text);
        assertFalse(e.hasFactByAlias(FactType.ROLE, person, org), e.describeFacts());
    }
}
