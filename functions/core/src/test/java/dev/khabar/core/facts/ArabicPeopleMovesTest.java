package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic people's posts and moves, one table of facts made and one of facts not made. Promotion and choice
 * («رقت/رقى شركة X فلانا إلى منصب …», «اختير/اختيرت فلان رئيسا لـ…»); leavers named with a title between commas
 * («أن فلانا، رئيسه التنفيذي، قدم استقالته»: the past verb after the comma opens no name, the title before the comma,
 * past a nationality, is the post left) and «سيتقاعد»; hires of several people joined by «و», each with the accusative
 * title after the name; the successor of one who left («وسيخلفه فلان», «على أن يخلفها فلان») takes the post left;
 * two titles joined by «و» before one name. Not made: the noun «رقي», a company chosen, a
 * speaker reporting others' moves after a bare «إن», a verb after the title that is no person, a title cut off by a
 * comma before another's. Texts written here.
 */
class ArabicPeopleMovesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "رقت شركة نماء القابضة خالد العتيبي إلى منصب الرئيس التنفيذي.|EMPLOYMENT_START|خالد العتيبي|نماء القابضة|CEO",
            "رقى بنك الرواد سامي الحربي إلى منصب المدير العام.|EMPLOYMENT_START|سامي الحربي|بنك الرواد|director general",
            "اختير فهد السالم رئيسا لمجلس إدارة شركة سدير للطاقة.|EMPLOYMENT_START|فهد السالم|سدير للطاقة|chairman",
            "اختيرت نورة الشمري رئيسة تنفيذية لبنك الرواد.|EMPLOYMENT_START|نورة الشمري|بنك الرواد|CEO",
            "أعلن بنك الرواد أن فهد السالم، رئيسه التنفيذي، قدم استقالته.|EMPLOYMENT_END|فهد السالم|بنك الرواد|CEO",
            "أعلن بنك الرواد أن فهد السالم، الرئيس التنفيذي للبنك، قدم استقالته.|EMPLOYMENT_END|فهد السالم|بنك الرواد|CEO",
            "أعلن بنك الرواد أن رئيس مجلس إدارته، فهد السالم، قدم استقالته.|EMPLOYMENT_END|فهد السالم|بنك الرواد|chairman",
            "أعلنت شركة سدير للطاقة أن الرئيس التنفيذي، ماجد الدوسري، قدم استقالته.|EMPLOYMENT_END|ماجد الدوسري|سدير للطاقة|-",
            "قال بنك الرواد إن مديره العام، فهد السالم، سيتقاعد نهاية العام.|EMPLOYMENT_END|فهد السالم|بنك الرواد|director general",
            "وقال ماجد الدوسري إنه سيتقاعد من منصبه في شركة سدير للطاقة نهاية العام.|EMPLOYMENT_END|ماجد الدوسري|سدير للطاقة|-",
            "وقالت شركة زيفرا إن رئيس مجلس إدارتها، البريطاني جون باركر سيتقاعد قريبا.|EMPLOYMENT_END|جون باركر|زيفرا|chairman",
            "أعلن بنك الرواد أن رئيسه التنفيذي، فهد السالم، سيتنحى عن منصبه.|EMPLOYMENT_END|فهد السالم|بنك الرواد|CEO",
            "أعلنت شركة سدير للطاقة تعيين فهد السالم رئيسا تنفيذيا وماجد الدوسري مديرا ماليا.|EMPLOYMENT_START|ماجد الدوسري|سدير للطاقة|CFO",
            "أعلنت شركة سدير للطاقة تعيين فهد السالم رئيسا تنفيذيا، وسامي الحربي مديرا للعمليات.|EMPLOYMENT_START|سامي الحربي|سدير للطاقة|director of operations",
            "عين بنك الرواد هند العلي مديرة عامة وخالد العتيبي مديرا ماليا.|EMPLOYMENT_START|خالد العتيبي|بنك الرواد|CFO",
            // ك "as" before the post taken, as the accusative's ا tells it
            "عين بنك الرواد سامي الحربي كمدير مالي للبنك.|EMPLOYMENT_START|سامي الحربي|بنك الرواد|CFO",
            // the hirer's description closed by a comma before the one hired («، البريطاني فلان رئيسا»)
            "عينت شركة سدير للطاقة المتخصصة في تحلية المياه، البريطاني جون باركر رئيسا تنفيذيا لها.|EMPLOYMENT_START|جون باركر|سدير للطاقة|CEO",
            "عينت شركة سدير للطاقة فهد السالم وماجد الدوسري عضوين في مجلس إدارتها.|EMPLOYMENT_START|ماجد الدوسري|سدير للطاقة|-",
            "أعلنت شركة سدير للطاقة استقالة رئيسها التنفيذي فهد السالم. وسيخلفه ماجد الدوسري في المنصب.|EMPLOYMENT_START|ماجد الدوسري|سدير للطاقة|CEO",
            "أعلنت شركة سدير للطاقة استقالة رئيسها التنفيذي فهد السالم. وسيخلفه في المنصب ماجد الدوسري.|EMPLOYMENT_START|ماجد الدوسري|سدير للطاقة|CEO",
            "قبل بنك الرواد استقالة مديرته العامة هند العلي، على أن يخلفها خالد العتيبي.|EMPLOYMENT_START|خالد العتيبي|بنك الرواد|director general",
            "وقال نائب الرئيس التنفيذي لمجموعة الفنار القابضة والمدير العام لشركة سدير للطاقة ماجد الدوسري إن الشراكة مهمة.|ROLE|ماجد الدوسري|مجموعة الفنار القابضة|deputy CEO",
            "وقال نائب الرئيس التنفيذي لمجموعة الفنار القابضة والمدير العام لشركة سدير للطاقة ماجد الدوسري إن الشراكة مهمة.|ROLE|ماجد الدوسري|سدير للطاقة|director general",
            "وقال رئيس مجلس إدارة بنك الرواد والرئيس التنفيذي لشركة سدير للطاقة ماجد الدوسري إن الشراكة مهمة.|ROLE|ماجد الدوسري|بنك الرواد|chairman",
            "وأكدت الرئيسة التنفيذية لبنك الرواد والمديرة العامة لشركة نماء القابضة هند العلي أن النتائج جيدة.|ROLE|هند العلي|بنك الرواد|CEO"})
    void factMade(String text, FactType type, String person, String org, String role) {
        Extracted e = x(text);
        String s = e.withAlias(person).id();
        String o = e.withAlias(org).id();
        assertTrue(e.document().facts().stream().anyMatch(f -> f.type() == type && f.subject().equals(s)
                && o.equals(f.object()) && (role == null || role.equals(f.role()))), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال فهد السالم إن رقي الخدمات في بنك الرواد يعكس جهود الموظفين.|EMPLOYMENT_START",
            "وأكد فهد السالم أن الشركة اختيرت من بين أفضل الشركات في المنطقة.|EMPLOYMENT_START",
            "وقال فهد السالم إن موظفي بنك الرواد يتقاعدون في سن الستين.|EMPLOYMENT_END",
            "وقال فهد السالم إن الموظفين سيغادرون بنك الرواد قريبا.|EMPLOYMENT_END",
            "وحضر الحفل رئيس مجلس إدارة بنك الرواد، والرئيس التنفيذي لشركة سدير للطاقة ماجد الدوسري.|EMPLOYMENT_START",
            "والتقى فهد السالم، رئيس بنك الرواد، بالوزير أمس. وسيخلفه ماجد الدوسري في رئاسة الوفد غدا.|EMPLOYMENT_START"})
    void noFactOfType(String text, FactType type) {
        Extracted e = x(text);
        assertFalse(e.hasFactOfType(type), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن بنك الرواد أن فهد السالم، رئيسه التنفيذي، قدم استقالته.|قدم استقالته",
            "وأكد ماجد الدوسري، المدير العام لشركة سدير للطاقة، غادر الرياض أمس.|غادر الرياض",
            "عينت شركة سدير للطاقة فهد السالم رئيسا تنفيذيا، وقال ماجد الدوسري إن القرار صائب.|وقال ماجد الدوسري"})
    void noNameOf(String text, String words) {
        Extracted e = x(text);
        assertFalse(e.spelled(words).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر الحفل رئيس مجلس إدارة بنك الرواد، والرئيس التنفيذي لشركة سدير للطاقة ماجد الدوسري.|ماجد الدوسري|بنك الرواد",
            "عينت شركة سدير للطاقة فهد السالم رئيسا تنفيذيا، وقال ماجد الدوسري إن القرار صائب.|ماجد الدوسري|سدير للطاقة"})
    void noPostFor(String text, String person, String org) {
        Extracted e = x(text);
        assertFalse(e.hasFactByAlias(FactType.EMPLOYMENT_START, person, org) || e.hasFactByAlias(FactType.ROLE, person, org),
                e.describeFacts());
    }
}
