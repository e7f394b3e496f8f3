package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An accusative title after «X بن Y» is the post, not a family name, whatever reads as a title after it. Texts
 * written here.
 */
class ArabicLinkedNameEndsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقرر المجلس تعيين ماجد بن فهيد رئيساً لمؤسسة المطارات.|ماجد بن فهيد",
            "وصدر قرار بتعيين حمد بن سويلم مديراً لمؤسسة النقل.|حمد بن سويلم"})
    void theWholeName(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقرر المجلس تعيين ماجد بن فهيد رئيساً لمؤسسة المطارات.|بن فهيد",
            "وصدر قرار بتعيين حمد بن سويلم مديراً لمؤسسة النقل.|بن سويلم"})
    void noPartOrMore(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }
}
