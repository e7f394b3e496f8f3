package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Well-known organizations and rulers under the short or Arabic names the press gives them; «وكالة X للأنباء» is the
 * known agency X, no unit of it.
 */
class ArabicKnownShortNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت موانئ دبي عن أرباح قياسية هذا العام.|موانئ دبي|DP World",
            "ووقعت ألكاتيل لوسنت عقدا لتوريد معدات الشبكة.|ألكاتيل لوسنت|Alcatel-Lucent",
            "وافتتح السلطان قابوس بن سعيد الجسر الجديد عام 1995.|السلطان قابوس بن سعيد|Qaboos bin Said",
            "وأقر مجلس الوزراء الموازنة الجديدة أمس.|مجلس الوزراء|Council of Ministers",
            "ونقلت وكالة رويترز للأنباء عن مصادر أن الصفقة قريبة.|رويترز|Reuters"})
    void theShortNameIsTheKnownEntity(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }
}
