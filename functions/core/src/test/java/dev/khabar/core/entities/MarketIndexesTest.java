package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A share index named by a word and its count of companies ("the Zeta 250 company") is no entity. */
class MarketIndexesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Zorex 250 company will supply test services to the navy.|Zorex 250",
            "She sits on the board of Orvel Group, a Zorex 100 technology group.|Zorex 100",
            "Kelto Energy is mulling a bid for Zorex 100-listed Marnet.|Zorex 100",
            "Many firms in the Tavo 500 index named new chiefs.|Tavo 500"})
    void theIndexIsNoEntity(String text, String index) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(index).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvel unveiled the Gear 360 camera on Monday.|Gear 360",
            "Orvel said the Lumo 7 phone sold well.|Lumo 7"})
    void aModelBeforeItsNounStays(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(product).isPresent(), x.names());
    }
}
