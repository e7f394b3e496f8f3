package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An indefinite participle after «بنك» or «صندوق» says what kind of body it is («بنك مدرج», «صندوق مملوك للدولة»), no
 * name; «المملكة» is the kingdom the story names, and no entity where it names none (a city or an adjective only).
 */
class ArabicBodyKindsAndKingdomTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويخطط الصندوق لشراء حصة في ثاني أكبر بنك مدرج في البورصة.|بنك مدرج",
            "واستحوذت مجموعة الأفق على بنك متخصص في تمويل الإسكان.|بنك متخصص",
            "وباعت الحكومة نصف حصتها في صندوق مملوك للدولة العام الماضي.|صندوق مملوك",
            "واشترت الشركة بنك مرخص في قبرص مقابل 30 مليون يورو.|بنك مرخص"})
    void aParticipleAfterTheCueIsNoName(String text, String notAName) {
        Extracted e = x(text);
        assertFalse(e.spelled(notAName).isPresent(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتحت الشركة فرعا في السعودية لتعزيز حضورها في المملكة.|Saudi Arabia",
            "وقال الوزير إن المغرب يسعى لجذب مصانع السيارات إلى المملكة.|Morocco",
            "وتستثمر الشركة في الأردن منذ عشرين عاما وتوظف في المملكة ألف عامل.|Jordan"})
    void theKingdomIsTheOneTheStoryNames(String text, String country) {
        Entity kingdom = x(text).spelled("المملكة").orElseThrow(() -> new AssertionError(x(text).names()));
        assertEquals(country, kingdom.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تتولى شركة الأطلس للأشغال تهيئة قاعة المعارض بمراكش، إحدى أكبر القاعات في المملكة.",
            "وقال الاتحاد السعودي للتنس إن البطولة ستقام في المملكة.",
            "وقالت الشركة إنها تعتزم التوسع في أسواق المملكة خلال العام."})
    void aKingdomTheStoryDoesNotNameIsNoEntity(String text) {
        Extracted e = x(text);
        assertFalse(e.spelled("المملكة").isPresent(), e.names());
    }
}
