package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given names of the region that are no common word of business news (مصعب، مكرم، حمادي، لارا), and given names
 * of other languages as Arabic news spells them (رودريغو، كينجي، نيلز، إمري), open a person's name with no title
 * before it. Texts written here.
 */
class ArabicGivenNamesAddedTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال مصعب الكندري إن الشركة ستتوسع في المنطقة.|مصعب الكندري",
            "وأوضحت لارا الشامي أن المنصة تضم آلاف المستخدمين.|لارا الشامي",
            "وأكد مكرم الحداد أن المصنع سيعمل بكامل طاقته.|مكرم الحداد",
            "وقال رودريغو مارتينيز إن المصنع سيفتتح قريبا.|رودريغو مارتينيز",
            "وأكد كينجي تاناكا أن التحالف سيستمر حتى نهاية العقد.|كينجي تاناكا",
            "وقال نيلز هانسن إن الاستثمار سيتضاعف.|نيلز هانسن",
            "وأوضح إمري يلماز أن الشركة ستدخل السوق قريبا.|إمري يلماز"})
    void aGivenNameOpensAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }
}
