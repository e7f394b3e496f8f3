package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lone capitalized word opening a quotation is capitalized as the quote's first word: a name only when it acts or
 * the text names it outside quotes too. Texts written here.
 */
class QuoteOpenersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A Corvik statement said: 'Notwithstanding strong sales, the board accepted his resignation.'|Notwithstanding",
            "He told a trade weekly: 'Up to now, we have seen no effect on Brenwick.'|Up"})
    void anOpenerThatDoesNotActIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The analyst said: \"Quellix will double its staff in Lisbon.\"|Quellix",
            "Orvane bought a stake in Quellix. Its chief said: 'Quellix, in our view, is undervalued.'|Quellix"})
    void anOpenerThatActsOrIsNamedElsewhereIsAName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isPresent(), x.names());
    }
}
