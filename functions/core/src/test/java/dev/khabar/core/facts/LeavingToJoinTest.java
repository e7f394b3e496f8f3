package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X resigned to join Y", "to rejoin Y": Y is where X goes, never the employer X left. Texts written here. */
class LeavingToJoinTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs said its chief financial officer Peter Hall resigned to join Halden Bank.|Peter Hall|Orbit Labs|Halden Bank",
            "Kestrel Freight confirmed that its president Maria Lopez quit to rejoin Birch Robotics.|Maria Lopez|Kestrel Freight|Birch Robotics",
            "Anvil Works said chief executive Anna Berg stepped down to join Quill Systems as chairman.|Anna Berg|Anvil Works|Quill Systems"})
    void theCompanyJoinedIsNotTheOneLeft(String text, String person, String left, String joined) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_END, person, left);
        e.requireFact(FactType.EMPLOYMENT_START, person, joined);
        assertTrue(e.fact(FactType.EMPLOYMENT_END, person, joined).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez rejoined Orbit Labs in March as chief financial officer.|Maria Lopez|Orbit Labs",
            "Peter Hall is rejoining Halden Bank after two years away.|Peter Hall|Halden Bank",
            "Anna Berg rejoins Kestrel Freight, the company said.|Anna Berg|Kestrel Freight"})
    void rejoiningIsJoining(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_START, person, org);
    }
}
