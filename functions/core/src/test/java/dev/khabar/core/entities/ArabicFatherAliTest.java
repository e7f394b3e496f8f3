package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «أحمد علي مفتاح،»: the father's name علي (spelled with ي, the preposition على with ى) between a given name and a
 * family name that closes the name, and after بن («سعيد بن علي الحارثي»); never a name ending on علي, nor the
 * preposition. Texts written here.
 */
class ArabicFatherAliTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقع الاتفاقية أحمد علي مفتاح، المدير التنفيذي لقطاع الحسابات.|أحمد علي مفتاح",
            "وقال يوسف علي بوخماس إن الشركة ستتوسع.|يوسف علي بوخماس",
            "وأعلنت الشركة تعيين ماجد علي كنعان رئيسا تنفيذيا.|ماجد علي كنعان",
            // after بن the father's name علي is never the preposition: the lineage goes on to the family name
            "ووقع العقد الدكتور سعيد بن علي الحارثي الرئيس التنفيذي للشركة.|سعيد بن علي الحارثي",
            "وحضر التوقيع الأستاذ فهد بن علي آل عامر، مدير المشاريع.|فهد بن علي آل عامر",
            "وقال سالم بن علي الكندي إن المصنع سيفتتح قريبا.|سالم بن علي الكندي"})
    void theFathersNameAliIsInsideTheName(String text, String person) {
        Extracted.of(text, "2024-05-10").withAlias(person);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحصل أحمد على موافقة الهيئة.|أحمد على موافقة",
            "وأكد خالد علي أن المشروع مهم.|خالد علي"})
    void thePrepositionOrALastAliMakesNoName(String text, String notAName) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.spelled(notAName).isEmpty(), e.names());
    }
}
