package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "… but leaving its popular apps available": leaving the company's own things is no departure; leaving "its board"
 * still is. Texts written here.
 */
class LeavingItsThingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velto co-founder and chief Tom Reed gave no terms of the sale bringing his team into Spotify but leaving its popular apps available to users.|Tom Reed"})
    void leavingThingsIsNoDeparture(String text, String person) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velto said Tom Reed left its board in May.|Tom Reed|Velto"})
    void leavingItsBoardIsADeparture(String text, String person, String org) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_END, person, org);
    }

    @Test
    void leavingItsCommitteeIsStillADeparture() {
        Extracted x = Extracted.of("Brenmoor Bank said Omar Talib left its risk committee in April.", "2025-05-05");
        x.requireFact(FactType.EMPLOYMENT_END, "Omar Talib", "Brenmoor Bank");
    }
}
