package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bank or group named by its cue and a foreign name of two words keeps the second when a definite adjective of its
 * trade or country follows («المصرفية», «الإيطالية»), as it does before punctuation; an adjective right after the
 * first word closes a name of one. Texts written here.
 */
class ArabicForeignNamesBeforeAdjectivesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباعت الحكومة المصرف إلى مجموعة فالديرا مونتيني المصرفية الإيطالية.|مجموعة فالديرا مونتيني",
            "واستحوذ بنك فالديرا مونتيني الإيطالي على حصة في الشركة.|بنك فالديرا مونتيني",
            "وقالت مجموعة فالديرا مونتيني القابضة إن الصفقة اكتملت.|مجموعة فالديرا مونتيني القابضة"})
    void theSecondWordIsPartOfTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.aliases().contains(name)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // one word, then the country: the name ends before it
            "واستحوذ بنك فالديرا الإيطالي على حصة في الشركة.|فالديرا الإيطالي"})
    void anAdjectiveAfterOneWordIsNoName(String text, String notName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream()).noneMatch(a -> a.contains(notName)),
                x.names());
    }
}
