package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capitalized words that name a kind of thing, not an organization: a language before a paper, IP, IC. */
class CommonCapitalsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Arabic daily Alwatan reported the deal on Monday.|Arabic",
            "The Persian edition of the paper carried the story.|Persian",
            "Talbex gained an experienced team and IP to enable new designs.|IP",
            "Corvane is a major producer of integrated circuit (IC) products.|IC"})
    void noNameOfItsOwn(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }
}
