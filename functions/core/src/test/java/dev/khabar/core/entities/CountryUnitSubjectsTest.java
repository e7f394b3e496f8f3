package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A country right after a company's name, before the verb the two are the subject of, names the company's unit. */
class CountryUnitSubjectsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Ventures is a fund. Harlow Ventures India made 50 investments in 2019.|Harlow Ventures India",
            "Harlow Ventures India said it would invest more in startups.|Harlow Ventures India",
            "Orvel Systems grew fast. Orvel Systems Kenya has hired 40 engineers.|Orvel Systems Kenya"})
    void theCountryNamesTheUnit(String text, String unit) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(unit).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvel Systems entered India in 2019 and made money.|Orvel Systems India",
            "Orvel Systems and India signed a pact.|Orvel Systems India"})
    void aCountryAfterAVerbOrAndIsThePlace(String text, String unit) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(unit).isEmpty(), x.names());
        assertTrue(x.entity("India").isPresent(), x.names());
    }
}
