package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles of English news beyond the chief executive's: the other chief officers ("chief risk officer"), economists and
 * strategists, treasurers, a department's director ("communications director"); a deal noun inside a title ("chief
 * investment officer") tells no deal. Words that also name companies ("Group", "Investment") stay out of the title
 * words, which cut names. Texts written here.
 */
class EnglishTitleWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sofia Lindqvist, chief risk officer at Kestrel Mining, said demand is rising.|chief risk officer",
            "Sofia Lindqvist, chief investment officer at Kestrel Mining, said demand is rising.|chief investment officer",
            "Sofia Lindqvist, chief compliance officer at Kestrel Mining, said demand is rising.|chief compliance officer",
            "Sofia Lindqvist, chief economist at Kestrel Mining, said demand is rising.|chief economist",
            "Sofia Lindqvist, a strategist at Kestrel Mining, said demand is rising.|strategist",
            "Kestrel Mining communications director Sofia Lindqvist said demand is rising.|communications director"})
    void theTitleIsHeld(String text, String role) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(role, e.requireFact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").role());
        assertTrue(e.fact(FactType.INVESTMENT, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sofia Lindqvist, an investment banker, said Kestrel Mining was cheap.",
            "The group said Sofia Lindqvist would visit Kestrel Mining.",
            "Regional sales at Kestrel Mining rose, Sofia Lindqvist said."})
    void noTitleOrDealIsTold(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.fact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.INVESTMENT, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
    }
}
