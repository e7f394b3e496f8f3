package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Common Arabic given names (عادل، بدر، حسام، مازن، نورا…) open a person's name after a verb of moving, where no title
 * or cue marks the name; a common word that is no name («سعر عادل»، «جمال المدينة») still is none.
 */
class ArabicCommonGivenNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقال عادل الفهد من منصبه رئيسا تنفيذيا لشركة زين.|EMPLOYMENT_END|عادل الفهد|زين",
            "تنحّى بدر الخرافي عن رئاسة مجلس إدارة مجموعة الخرافي.|EMPLOYMENT_END|بدر الخرافي|مجموعة الخرافي",
            "وشغل حسام الدين مصطفى سابقا منصب الرئيس التنفيذي لشركة فودافون مصر.|ROLE|حسام الدين مصطفى|فودافون مصر",
            "تغادر نورا المنصوري منصبها كرئيسة تنفيذية لشركة تابي.|EMPLOYMENT_END|نورا المنصوري|تابي",
            "وأعلنت شركة الدار العقارية أن طلال الذيابي سيتولى منصب الرئيس التنفيذي.|EMPLOYMENT_START|طلال الذيابي|الدار العقارية",
            "استقالت منال الشهري من منصب المديرة المالية لشركة سابك.|EMPLOYMENT_END|منال الشهري|سابك",
            "وشغل فواز العلمي منصب الرئيس التنفيذي لشركة زين.|ROLE|فواز العلمي|زين",
            "أعلنت شركة سدير للطاقة عن تعيين هند العلي في منصب الرئيس التنفيذي للشركة.|EMPLOYMENT_START|هند العلي|سدير للطاقة",
            "تنحى عدنان القاسم عن رئاسة شركة نماء القابضة.|EMPLOYMENT_END|عدنان القاسم|نماء القابضة",
            "استقالت خديجة الزهراني من منصب المديرة المالية لبنك الرواد.|EMPLOYMENT_END|خديجة الزهراني|بنك الرواد"})
    void aGivenNameOpensTheMoversName(String text, FactType type, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(type, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباعت الشركة أسهمها بسعر عادل للسهم.|عادل للسهم",
            "واحتفلت الشركة بعيد جمال المدينة القديمة.|جمال المدينة",
            "وتوسعت الشركة في الهند والصين خلال العام.|الهند والصين"})
    void theSameWordAsACommonWordIsNoName(String text, String words) {
        Extracted e = x(text);
        assertFalse(e.spelled(words).isPresent(), e.names());
    }
}
