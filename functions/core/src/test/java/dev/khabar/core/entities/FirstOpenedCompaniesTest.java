package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "First" opens a company's name when capitalized words follow it and end with a company's ending. */
class FirstOpenedCompaniesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He joined First Zorvan Bank in May.|First Zorvan Bank",
            "First Marlo Capital Bank reported a profit on Monday.|First Marlo Capital Bank",
            "She was chief commercial officer at Orbis Bank, First Delran Bank where she ran retail, and Kelto Bank.|First Delran Bank"})
    void firstOpensTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "First, Zorvan Bank said it would cut fees.|Zorvan Bank",
            "First Quarter Sales at Zorvan Bank rose.|Zorvan Bank"})
    void firstAsAnOpenerIsNoName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
        assertTrue(x.entity("First " + name).isEmpty(), x.names());
    }
}
