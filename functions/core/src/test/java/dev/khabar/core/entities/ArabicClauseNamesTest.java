package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Foreign names no list of given names knows, placed by their clause: the subject of a verb of saying with its title
 * in apposition, or the subject after أنّ of a verb of office.
 */
class ArabicClauseNamesTest {
    private static Entity person(Extracted x, String alias) {
        Entity e = x.document().entities().stream().filter(en -> en.aliases().contains(alias)).findFirst()
                .orElseThrow(() -> new AssertionError(x.names()));
        assertEquals(EntityType.PERSON, e.type(), x.names());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال ماركو بيلاتي الشريك الإداري في شركة نوفارا إن الصفقة مهمة.|ماركو بيلاتي",
            "وأوضح إيفار سوندبي المدير المالي للمجموعة أن الأرباح تضاعفت.|إيفار سوندبي",
            "وأكدت ميرتا كالونين الرئيسة التنفيذية للبنك أن الخطة مستمرة.|ميرتا كالونين",
            // a title in construct, closed by a definite word, the company's name or its cue noun
            "وقال تورستن فالبيرغ رئيس مجلس الإدارة إن الصفقة مهمة.|تورستن فالبيرغ",
            "وقال تورستن فالبيرغ رئيس مجلس ادارة شركة نوفارا في بيان إن الصفقة مهمة.|تورستن فالبيرغ"})
    void theSubjectOfAVerbOfSayingBeforeItsTitleIsAPerson(String text, String name) {
        person(Extracted.of(text, "2025-01-01"), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة نوفارا اليوم أن كلاوديو ريتشي استقال من منصبه رئيسا تنفيذيا للشركة.|كلاوديو ريتشي",
            "وذكرت الصحيفة أن يوران بيرغستروم سيتولى إدارة المصنع الجديد.|يوران بيرغستروم",
            "وقالت المجموعة إن تاكيرو موريتا انضم إلى مجلس الإدارة الشهر الماضي.|تاكيرو موريتا"})
    void theSubjectAfterThatOfAVerbOfOfficeIsAPerson(String text, String name) {
        person(Extracted.of(text, "2025-01-01"), name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال مصدر مطلع إن الصفقة ستغلق قريبا.",
            "وأكد مسؤول كبير المستشار القانوني أن العقد سار.",
            "وذكرت الصحيفة أن مجلس الإدارة استقال بالكامل.",
            "وقال متحدث باسم الوزارة إن القرار نهائي."})
    void commonNounsInTheseSlotsAreNoNames(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال ماركو بيلاتي الشريك الإداري لشركة نوفارا إن الصفقة مهمة.|ماركو بيلاتي|managing partner",
            "وأكد إيفار سوندبي الشريك الإداري في شركة نوفارا أن الصندوق جديد.|إيفار سوندبي|managing partner"})
    void theApposedTitleGivesTheRole(String text, String name, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String id = person(x, name).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(id)
                && role.equals(f.role())), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال مصدر مسؤول رئيس مجلس إدارة شركة نوفارا إن الصفقة مهمة.|مصدر مسؤول",
            "وقال مسؤول كبير رئيس مجلس الإدارة إن الصفقة مهمة.|مسؤول كبير"})
    void aSpeakerNounBeforeATitleIsNoName(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }
}
