package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes of Arabic personal names the finder must read whole: a given name in two words («نور الدين»), a definite
 * family name after the father's given name («بدر محمد المير»), common Maghrebi and Levantine given names (رشيد،
 * توفيق، لطيفة); and words beside a name that are none of it (تعيين، بمنصب، العديد، كثيرا).
 */
class ArabicNameShapesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة الواحة للتأمين تعيين نور الدين حمادي مديرا عاما لها.|EMPLOYMENT_START|نور الدين حمادي|الواحة للتأمين",
            "وقال صلاح الدين بوعلام، الرئيس التنفيذي لشركة الأفق القابضة، إن النتائج جيدة.|ROLE|صلاح الدين بوعلام|الأفق القابضة",
            "عينت شركة المدار سعاد بنعلي مديرة عامة خلفا لكمال الدين زروقي الذي تقاعد.|EMPLOYMENT_END|كمال الدين زروقي|المدار",
            "استقال عز الدين قاسمي من منصبه رئيسا تنفيذيا لشركة النخيل.|EMPLOYMENT_END|عز الدين قاسمي|النخيل"})
    void aGivenNameInTwoWordsKeepsTheFamilyNameAfterIt(String text, FactType type, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(type, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قرر مجلس إدارة شركة الواحة تعيين سالم خالد الكواري رئيسا تنفيذيا خلفا لبدر محمد المير الذي استقال.|EMPLOYMENT_END|بدر محمد المير|الواحة",
            "وقال المصدر إن بدر محمد المير، الرئيس التنفيذي لشركة الريان، حضر الاجتماع.|ROLE|بدر محمد المير|الريان",
            "وشكر المجلس يوسف أحمد الخاطر على خدمته في شركة النخيل القابضة.|PERSON|يوسف أحمد الخاطر|"})
    void aDefiniteFamilyNameFollowsTheFathersName(String text, String kind, String person, String org) {
        Extracted e = x(text);
        if (kind.equals("PERSON")) {
            assertTrue(e.spelled(person).isPresent(), e.names());
        } else {
            assertTrue(e.hasFactByAlias(FactType.valueOf(kind), person, org), e.describeFacts());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن ماجد ناصر التخلي عن رئاسة مجلس إدارة شركة رافد.|ماجد ناصر|ماجد ناصر التخلي",
            "وقال أحمد محمد الأربعاء إن الشركة ستتوسع.|أحمد محمد|أحمد محمد الأربعاء",
            "وأعلن خالد يوسف الانسحاب من الصفقة.|خالد يوسف|خالد يوسف الانسحاب"})
    void aVerbalNounOrADayAfterTheNameIsNotItsFamily(String text, String person, String longer) {
        Extracted e = x(text);
        assertTrue(e.spelled(person).isPresent(), e.names());
        assertFalse(e.spelled(longer).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت الحكومة إنهاء مهام رشيد بلحاج بصفته مديرا عاما لشركة المدار.|رشيد بلحاج",
            "وقال توفيق بن حمدان، المدير العام لشركة النخيل، إن الشركة ستتوسع.|توفيق بن حمدان",
            "عينت الوزارة لطيفة الحرار مديرة للمعهد العالي للموسيقى.|لطيفة الحرار",
            "وشارك في الاجتماع منذر العلي ونضال حداد.|منذر العلي"})
    void commonGivenNamesOpenAName(String text, String person) {
        Extracted e = x(text);
        assertTrue(e.spelled(person).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تم تعيين الخزرجي رئيسا تنفيذيا لشركة الريان عام 2010.|تعيين الخزرجي",
            "وفوض رئيس مجلس الإدارة بتحديد راتب المدير العام.|بتحديد راتب",
            "ويرأس الشيخ خالد العديد من المجالس.|خالد العديد",
            "وبعد ذلك تولى منصب رئيس مجلس الإدارة التنفيذي وسافر كثيرا حول العالم.|وسافر كثيرا",
            "وتبنت الشركة مبادئ الحكم الرشيد في إدارتها.|الحكم الرشيد"})
    void aVerbalNounAQuantifierOrAnAdverbIsNoName(String text, String notAName) {
        Extracted e = x(text);
        assertFalse(e.spelled(notAName).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تم تعيين عبدالله بن دميثان بمنصب المدير التنفيذي لشركة المدار.|عبدالله بن دميثان|المدار",
            "وقررت الشركة تعيين سامي بن راشد بمنصب الرئيس التنفيذي لمجموعة النخيل.|سامي بن راشد|مجموعة النخيل"})
    void theOfficeGivenWithBiIsNotTheFamilyName(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), e.describeFacts());
    }
}
