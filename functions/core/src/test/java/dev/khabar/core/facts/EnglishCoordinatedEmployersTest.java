package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "a non-executive director of A and B", "… of A, a technology group, and Danish insulin giant B": the company joined
 * by "and" to the title's own holds the title too, unless the sentence goes on with both as doers. Texts written here.
 */
class EnglishCoordinatedEmployersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Berg is a non-executive director of Smiths Group and Novo Nordisk.|Anna Berg|Novo Nordisk|non-executive director",
            "Anna Berg is a non-executive director of Smiths Group, a FTSE 100 technology group, and Danish insulin giant Novo Nordisk.|Anna Berg|Novo Nordisk|non-executive director",
            "Anna Berg, chairman of Halden Bank and Orbit Labs, spoke first.|Anna Berg|Orbit Labs|chairman",
            "Anna Berg is president of Halden Bank and chairman of Orbit Labs.|Anna Berg|Orbit Labs|chairman",
            "Anna Berg served as chairman of Halden Bank and at Orbit Labs.|Anna Berg|Orbit Labs|chairman"})
    void theSecondCompanyHoldsTheTitleToo(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.ROLE, person, org).role(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Berg, chief executive of Halden Bank, and Tom Hale of Orbit Labs signed the deal.|Anna Berg|Orbit Labs",
            "Anna Berg was chairman of Halden Bank and Orbit Labs bought a stake.|Anna Berg|Orbit Labs",
            "Anna Berg is chairman of Halden Bank and Orbit Labs is its rival.|Anna Berg|Orbit Labs"})
    void aCompanyThatGoesOnIsNoSecondEmployer(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
