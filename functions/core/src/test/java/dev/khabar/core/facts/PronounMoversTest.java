package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Doe has a long record. … since he joined the company in 2010": an English "he"/"she" before a verb of joining or
 * leaving stands for the person told of before. Texts written here.
 */
class PronounMoversTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs reported higher sales. Peter Hall runs its research. The engineer has shaped every product since he joined Orbit Labs in 2015.|Peter Hall|Orbit Labs",
            "Halden Bank expanded in Asia. Maria Lopez led the move. The banker has grown the unit since she joined the lender in 2012.|Maria Lopez|Halden Bank",
            "Kestrel Freight bought six ships. Anna Berg planned the deal. She joined Kestrel Freight in 2019 from a rival.|Anna Berg|Kestrel Freight"})
    void aPronounJoinsForThePersonToldOf(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_START, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs hired Peter Hall as chief executive in March. Hall has a long record. He joined Orbit Labs in 2015 as an engineer.|Peter Hall|Orbit Labs|2024-03",
            "Halden Bank named Maria Lopez its finance chief on Monday. Lopez is well liked. She joined the lender in 2012.|Maria Lopez|Halden Bank|2024-05-06",
            "Anna Berg joined Kestrel Freight in May 2023. Berg ran sales. She joined Kestrel Freight after a decade in shipping.|Anna Berg|Kestrel Freight|2023-05"})
    void aMoveToldBeforeIsNotRetoldByAPronoun(String text, String person, String org, String date) {
        Extracted e = x(text);
        assertEquals(date, e.requireFact(FactType.EMPLOYMENT_START, person, org).date().value(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Quill Systems cut costs. Anna Berg and John Reed argued about it. He joined Quill Systems in 2019.|Quill Systems"})
    void aPronounAfterTwoPeopleTellsNoOne(String text, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Anna Berg", org).isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "John Reed", org).isEmpty(), e.describeFacts());
    }
}
