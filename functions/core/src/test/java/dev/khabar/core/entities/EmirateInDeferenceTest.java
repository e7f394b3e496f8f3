package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "the Emirate", "the Sultanate": the state the text names, capitalized in deference, is no name of its own. */
class EmirateInDeferenceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fujairah Ports will add berths to serve shippers across the Emirate.|Emirate",
            "Halvex Energy plans two solar farms in the Sultanate by 2030.|Sultanate"})
    void theStateCapitalizedInDeferenceIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }
}
