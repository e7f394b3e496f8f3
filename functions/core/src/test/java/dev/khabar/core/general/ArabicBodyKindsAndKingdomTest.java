package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An indefinite participle after «بنك» or «صندوق» says what kind of body it is («بنك مدرج», «صندوق مملوك للدولة»), no
 * name; «المملكة» is the kingdom whose city the story names when it names no kingdom, else Saudi Arabia.
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
            "تتولى شركة الأطلس للأشغال تهيئة قاعة المعارض بمراكش، إحدى أكبر القاعات في المملكة.|Morocco",
            "وسيقام المعرض في العقبة بمشاركة أكبر المصانع في المملكة.|Jordan",
            "وافتتحت الشركة فرعا في جدة وآخر في لندن لتعزيز حضورها في المملكة.|Saudi Arabia",
            "وقالت الشركة إنها تعتزم التوسع في أسواق المملكة خلال العام.|Saudi Arabia"})
    void theKingdomIsTheOneWhoseCityTheStoryNames(String text, String country) {
        Entity kingdom = x(text).spelled("المملكة").orElseThrow(() -> new AssertionError(x(text).names()));
        assertEquals(country, kingdom.name());
    }
}
