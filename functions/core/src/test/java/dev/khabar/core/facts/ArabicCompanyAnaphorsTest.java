package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title of «الشركة», «المجموعة», «القناة» named in an earlier sentence: the person written right after it holds the
 * post there («نائب المدير العام للشركة فلان»), a title ending on the noun («الرئيس التنفيذي للمجموعة») is held at the
 * group named before, and «الشركة» is never the ministry the company dealt with. Texts written here.
 */
class ArabicCompanyAnaphorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة الندى للطاقة مذكرة تفاهم مع وزارة الكهرباء لبناء محطة شمسية. وقال نائب المدير العام للشركة ماجد الحلبي إن المشروع سيكتمل خلال عام.|ماجد الحلبي|الندى للطاقة",
            "وقعت مجموعة البحر الأحمر القابضة اتفاقية مع هيئة السياحة. وقال الرئيس التنفيذي للمجموعة ماهر الشريف إن الاتفاقية مهمة.|ماهر الشريف|مجموعة البحر الأحمر القابضة",
            "أطلقت قناة الأفق الإخبارية برنامجا جديدا. وقال مدير القناة كمال الحسن إن البرنامج سيبث أسبوعيا.|كمال الحسن|قناة الأفق الإخبارية",
            "وقعت وزارة الطاقة مذكرة مع شركة نور للمقاولات. وقال مدير عام الشركة ابراهيم الأمين إن المشروع كبير.|ابراهيم الأمين|نور للمقاولات"})
    void theTitleIsHeldAtTheOrganizationNamedBefore(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @Test
    void theCompanyIsNeverTheMinistry() {
        Extracted x = Extracted.of("وقعت وزارة الطاقة مذكرة مع شركة نور للمقاولات. وقال مدير عام الشركة ابراهيم الأمين إن المشروع كبير.",
                "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, "ابراهيم الأمين", "وزارة الطاقة"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت مجموعة الريان القابضة على شركة صغيرة. وعين بنك الوفاق السيد ماجد الصقر رئيسا تنفيذيا للمجموعة.|ماجد الصقر|بنك الوفاق|مجموعة الريان القابضة",
            "أطلقت مجموعة النخبة منصة جديدة. وعينت شركة سما للتقنية خالد العمر رئيسا تنفيذيا للمجموعة.|خالد العمر|سما للتقنية|مجموعة النخبة"})
    void theGroupIsTheDoerOfItsOwnSentence(String text, String person, String doer, String earlier) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasPostByAlias(person, doer), x.describeFacts());
        assertFalse(x.hasPostByAlias(person, earlier), x.describeFacts());
    }

    @Test
    void aChannelIsNamedAfterItsCue() {
        Extracted x = Extracted.of("أطلقت قناة الأفق الإخبارية برنامجا جديدا.", "2025-01-01");
        x.withAlias("قناة الأفق الإخبارية");
        assertTrue(Extracted.of("تمر السفن عبر القناة يوميا.", "2025-01-01").document().entities().isEmpty());
    }
}
