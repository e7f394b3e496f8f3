package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «وكان X قد تولى منصبه خلفا لـY»: "his post" names no title and no company; it is the post the text gave X already, so
 * X took it up at that company and the one replaced left it there.
 */
class ArabicOwnPostTakenTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة النخيل للأسمنت استقالة مديرها العام وليد الشمري. وكان الشمري قد تولى منصبه في مايو 2021 خلفا لعادل النعيمي.|وليد الشمري|عادل النعيمي|النخيل للأسمنت",
            "قدمت الرئيسة التنفيذية لشركة الواحة للتأمين هدى المالكي استقالتها، حيث تسلمت المالكي مهامها في يناير الماضي خلفا لفؤاد العمري.|هدى المالكي|فؤاد العمري|الواحة للتأمين"})
    void theOwnPostIsTheOneToldBefore(String text, String taker, String replaced, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, taker, org), e.describeFacts());
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_END, replaced, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال وزير الصناعة ماهر الساعدي إن المصنع سيفتتح قريبا. وكان الساعدي قد تولى منصبه في أبريل الماضي خلفا لسعيد الطائي.",
            "وكان رامي العلوي رئيسا لشركة الأفق القابضة ومديرا لشركة الفرات للنقل. وقد تولى العلوي منصبه في يونيو 2020."})
    void noSingleCompanyKnownNoMove(String text) {
        Extracted e = x(text);
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_START), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قدمت الرئيسة التنفيذية لشركة الواحة للتأمين هدى المالكي استقالتها، حيث تسلمت المالكي مهامها في يناير الماضي خلفا لفؤاد العمري.|هدى المالكي|الواحة للتأمين"})
    void theTakersOwnDepartureKeepsItsDate(String text, String person, String org) {
        Extracted e = x(text);
        var date = e.requireFactByAlias(FactType.EMPLOYMENT_END, person, org).date();
        assertFalse(date != null && "2025-01".equals(date.value()), e.describeFacts()); // the resignation is not the take-up
    }
}
