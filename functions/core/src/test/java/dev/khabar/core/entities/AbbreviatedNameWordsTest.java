package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word of a name shortened with a period (Bros., Dept., Intl.) ends neither the sentence nor the name. */
class AbbreviatedNameWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The rights went to Warner Bros. Discovery after a long auction.|Warner Bros. Discovery",
            "The offer was led by the Dept. of Finance and two funds.|Dept. of Finance",
            "Loans from the Intl. Finance Corporation rose last year.|Intl. Finance Corporation"})
    void theNameRunsOnPastThePeriod(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shares of Marlow Bros. fell sharply on Monday.|Marlow Bros",
            "He joined Corvik Bros. in 2019 as an engineer.|Corvik Bros",
            "Orders at Dunmore Bros. fell by a third.|Dunmore Bros"})
    void theShortenedWordStillEndsAName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
