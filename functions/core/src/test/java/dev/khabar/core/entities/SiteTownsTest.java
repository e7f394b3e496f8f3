package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capitalized word after a site's noun and "in" ("Kestrel Park in X", "its research centre in X") is a town. */
class SiteTownsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The firms work together at Kestrel Park in Brantham, the companies said.|Brantham",
            "Orvel will expand its research centre in Lindqvale next year.|Lindqvale",
            "Trucks leave the Harwick hub in Tessoria every night.|Tessoria"})
    void theWordIsATown(String text, String town) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity(town).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvel Capital took a stake in Brantex last year.|Brantex",
            "Orvel Capital invested in Lindqvo, a payments startup.|Lindqvo"})
    void aStakeInACompanyStaysACompany(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(company).map(e -> e.type() != EntityType.LOCATION).orElse(true), x.names());
    }
}
