package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known company's unit called by common words and a unit's noun is part of the company, no organization of its own. */
class BusinessUnitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The cuts will hit Google's Large Customer Sales (LCS) unit, which sells ads.|Large Customer Sales|Google",
            "He ran the core Mercedes-Benz Cars division for years.|Cars|Mercedes-Benz",
            "The deal lifts the HP Software business unit's revenue.|Software|HP",
            "Samsung's Mobile Communications Business president spoke on Monday.|Mobile Communications Business|Samsung",
            "Staff will join Cisco's Optical Systems business next year.|Optical Systems|Cisco"})
    void aUnitOfCommonWordsIsNoName(String text, String unit, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(unit).isEmpty(), x.names());
        assertTrue(x.entity(company).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Alphabet's Waymo unit raised money from outside investors.|Waymo",
            "Disney's Pixar unit will release two films.|Pixar",
            "Microsoft Research published the paper on Monday.|Microsoft Research"})
    void aUnitWithANameOfItsOwnStays(String text, String unit) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(unit).isPresent(), x.names());
    }
}
