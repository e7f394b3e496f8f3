package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "executive GM of stores": GM after a title word and before "of" is the general manager's title, not General Motors. */
class TitleAbbreviationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The retailer appointed executive GM of stores Tony Sutton as COO.",
            "She was senior GM of operations at the chain for a decade.",
            "The bank named its deputy GM of retail banking as head of risk."})
    void theTitleIsNoCompany(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity("General Motors").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GM said its sales rose in May.",
            "Shares of GM fell after the report.",
            "The deal makes GM the largest buyer of batteries."})
    void theCompanyStaysTheCompany(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity("General Motors").isPresent(), x.names());
    }
}
