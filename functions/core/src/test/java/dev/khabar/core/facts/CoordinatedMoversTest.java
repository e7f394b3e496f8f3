package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "A and B will be joining Acme", "A, B and C have left": every name of the subject list moves. Texts written here. */
class CoordinatedMoversTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez and Peter Hall will be joining Orbit Labs next month.|EMPLOYMENT_START|Maria Lopez|Peter Hall|Orbit Labs",
            "Anna Berg and John Reed left Kestrel Freight in March.|EMPLOYMENT_END|Anna Berg|John Reed|Kestrel Freight",
            "Sara Quinn, Paul Grant and Lea Moss have joined Halden Bank from a rival.|EMPLOYMENT_START|Sara Quinn|Paul Grant|Halden Bank"})
    void everyNameOfTheSubjectMoves(String text, String type, String first, String second, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.valueOf(type), first, org);
        e.requireFact(FactType.valueOf(type), second, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Berg and John Reed said that Lea Moss joined Quill Systems.|Anna Berg|Quill Systems"})
    void aListThatIsNotTheSubjectDoesNotMove(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }
}
