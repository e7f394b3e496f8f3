package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bank holding company's name ends with "Bancorp", "Bancorporation" or "Bancshares", which its short name drops:
 * "Tremont Valley Bancshares" and "Tremont Valley" are one bank.
 */
class BankHoldingShortNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tremont Valley Bancshares agreed to a merger. Tremont Valley has 40 branches.|Tremont Valley",
            "Analysts expect Corvane Bancorp to grow. The board of Corvane met on Monday.|Corvane",
            "Harlow Ridge Bancorporation opened a branch. Harlow Ridge said more would follow.|Harlow Ridge"})
    void theShortNameIsTheBank(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(1, x.document().entities().size(), x.names());
        assertTrue(x.document().entities().get(0).aliases().contains(name), x.names());
    }
}
