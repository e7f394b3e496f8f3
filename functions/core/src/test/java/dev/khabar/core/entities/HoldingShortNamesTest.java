package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A company's short name drops "Holding" as it drops "Holdings": "Al Qudra Holding" and "Al Qudra" are one company. */
class HoldingShortNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The board will list Al Noor Holding shares. The deal boosts Al Noor's assets.|Al Noor",
            "Corvane Holding bought a plant. Corvane Holding said Corvane will pay cash.|Corvane",
            "Talbex Holding raised money. Analysts said Talbex grew fast.|Talbex"})
    void theShortNameIsTheCompany(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(1, x.document().entities().size(), x.names());
        assertTrue(x.document().entities().get(0).aliases().contains(name), x.names());
    }
}
