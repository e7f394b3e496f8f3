package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known brand made a verb or a name for its staff keeps the capital but names no company. */
class BrandDerivativesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Teachers spent the week Skyping with pupils at Lorvane Academy.|Skyping",
            "Shoppers kept Googling the prices before paying Dremcor Retail.|Googling",
            "Three former Googlers founded Talvix Labs last spring.|Googlers",
            "Commuters in Rabat are Ubering to work more than before.|Ubering"})
    void aBrandsVerbOrStaffIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Boeing delivered twelve jets to Qatar Airways in March.|Boeing",
            "Google opened a data centre near Lisbon.|Google",
            "Kestler Manning said the fund had closed.|Kestler Manning"})
    void aNameThatMerelyEndsSoStays(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
