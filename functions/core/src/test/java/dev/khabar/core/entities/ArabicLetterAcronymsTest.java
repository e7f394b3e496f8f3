package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A known name spelled in Arabic letter names («بي بي», BP) is not the opening of a longer acronym («بي بي إي»); a letter
 * name that is also a word after it («بي بي سي إن …»: "that") does not lengthen it. Texts written here.
 */
class ArabicLetterAcronymsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتستحوذ مجموعة \"بي بي إي\" على نحو 25% من أسهم شركة زيفرا.|بي بي إي",
            "وقعت شركة \"بي بي دي\" اتفاقية مع شركة زيفرا.|بي بي دي"})
    void aLongerAcronymIsNotTheKnownShortOne(String text, String acronym) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(acronym).isPresent(), x.names());
        assertTrue(x.entity("BP").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت بي بي سي إن الشركة ستنمو.|BBC",
            "وقعت بي بي اتفاقية مع شركة زيفرا.|BP",
            "وقالت بي بي في بيان إن الأرباح نمت.|BP"})
    void theKnownAcronymBeforeAWord(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
