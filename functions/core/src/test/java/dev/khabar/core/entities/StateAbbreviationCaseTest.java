package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A state's news-style abbreviation (Md., Va.) is a place only as written; in capitals it is another word. */
class StateAbbreviationCaseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In 2021 she joined Tarven Bank as its CEO and MD.",
            "Loris Kemal was named the new MD. He starts in May.",
            "The board of Halvor Bank picked a new chairman and MD."})
    void capitalsAreATitle(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity("Maryland").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenwick Labs, based in Rockville, Md., hired 40 people.|Maryland",
            "The plant in Ruston, La., will close next year.|Louisiana"})
    void asWrittenItIsAState(String text, String state) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(state).isPresent(), x.names());
    }
}
