package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Kelvo secured $20 million", "Halvex landed a contract", "Zentra inked a deal": a lone capitalized word opening a
 * sentence is a company's name when a verb of a deal follows it; a common word so capitalized stays one. Texts written
 * here.
 */
class DealVerbsAfterOpeningNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kelvo secured $20 million in a round led by Arden Ventures.|Kelvo",
            "Kelvo received a $5 million investment from Arden Ventures.|Kelvo",
            "Halvex landed a £30m contract from Network Rail.|Halvex",
            "Zentra inked a deal with Arvo Retail to run its warehouses.|Zentra"})
    void theOpeningWordIsACompany(String text, String name) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(name).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Police secured the area after the blast.",
            "Officials received the report on Monday."})
    void aCommonWordIsNoName(String text) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }
}
