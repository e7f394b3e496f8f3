package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «أنهى مهام فلان», «إنهاء مهام فلان»: the Maghrebi official phrasing of a dismissal ("ended the duties of"), whose
 * object leaves; «رئيس مدير عام» (the PDG) is one title, CEO, so the employer after it is the post's.
 */
class ArabicEndedDutiesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وذكر التلفزيون أن الرئيس أنهى مهام كريم بلقاسم، بصفته رئيسا مديرا عاما لشركة سيرتا، وعين رشيد بن عمار خلفا له.|كريم بلقاسم|سيرتا",
            "قرر مجلس الإدارة إنهاء مهام سمير العابد مديرا عاما لشركة المدار.|سمير العابد|المدار",
            "وقالت الوزارة إنها أنهت مهام فتحي بوزيد رئيسا مديرا عاما لشركة نوميديا.|فتحي بوزيد|نوميديا",
            "وقررت الوزارة أن تنهي مهام لطيفة العلمي مديرة عامة لشركة الواحة للتأمين.|لطيفة العلمي|الواحة للتأمين"})
    void theOneWhoseDutiesEndLeaves(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_END, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قرر مجلس الأمن إنهاء مهام البعثة الأممية في البلاد.",
            "وأنهى الفريق مهامه في الموقع بعد أسبوعين."})
    void endingAMissionIsNoDeparture(String text) {
        Extracted e = x(text);
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_END), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعين الرئيس سمير العابد رئيسا مديرا عاما لشركة الخطوط الجوية الوطنية.|سمير العابد|الخطوط الجوية الوطنية",
            "وقال الرئيس المدير العام لشركة المدار، كمال بن سالم، إن الشركة ستتوسع.|كمال بن سالم|المدار"})
    void theMaghrebiChiefExecutiveIsOneTitle(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, person, org) || e.hasFactByAlias(FactType.ROLE, person, org),
                e.describeFacts());
        assertFalse(e.spelled("مديرا عاما").isPresent(), e.names());
    }
}
