package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «رجل الأعمال الفلسطيني سائد ناشف», «سيدة الأعمال المصرية ليلى بركات»: "businessman" and "businesswoman", with a
 * nationality or not, say the unlisted name after them is a person's. Texts written here.
 */
class ArabicBusinessPeopleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأكد رجل الأعمال الأردني عامر دلال أن الاستثمار مهم.|عامر دلال",
            "وقالت سيدة الأعمال المصرية نيرة شلبي إن السوق واعدة.|نيرة شلبي",
            "ويمتلكه رجل الأعمال وسام قطيش.|وسام قطيش",
            "واشترى الحصة رجل الأعمال الكويتي، فارس الدغيم، الشهر الماضي.|فارس الدغيم"})
    void theNameAfterTheBusinessNounIsAPersons(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, x.withAlias(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال رجل الأعمال إن السوق واعدة هذا العام.|رجل الأعمال",
            "ويرى رجال الأعمال أن الفرص كثيرة.|رجال الأعمال"})
    void theNounAloneNamesNoOne(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }
}
