package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «صهر الرئيس فلان», «نجل رئيس مجلس إدارة شركة X فلان»: a title owned by a kinship noun is the relative's, someone the
 * sentence does not name; the one named is the son or the in-law and holds no post by it.
 */
class ArabicRelativesOfTitledTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتملك شركة الساحل للاتصالات حصة كبيرة بعد مصادرة أملاك صهر الرئيس مراد الفيتوري.|مراد الفيتوري",
            "وحضر الحفل نجل رئيس مجلس إدارة شركة الساحل للاتصالات يوسف القلال.|يوسف القلال"})
    void theRelativeHoldsNoPost(String text, String person) {
        Extracted e = x(text);
        assertFalse(e.hasFactByAlias(FactType.ROLE, person, "الساحل للاتصالات"), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضر الحفل رئيس مجلس إدارة شركة الساحل للاتصالات يوسف القلال.|يوسف القلال"})
    void withoutTheKinshipNounTheTitleIsHis(String text, String person) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.ROLE, person, "الساحل للاتصالات"), e.describeFacts());
    }
}
