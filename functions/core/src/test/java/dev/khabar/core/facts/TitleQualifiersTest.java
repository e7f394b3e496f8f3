package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "independent director", "special adviser": a word naming a kind of post belongs to the title; "the interim CEO", "the
 * acting chairman" hold the post; an adviser's employer follows "to". Texts written here.
 */
class TitleQualifiersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez, the interim chief executive of Orbit Labs, said sales rose.|Maria Lopez|Orbit Labs|CEO",
            "Peter Hall, the acting chairman of Halden Bank, declined to comment.|Peter Hall|Halden Bank|chairman",
            "Anna Berg, an independent director at Kestrel Freight, backed the plan.|Anna Berg|Kestrel Freight|independent director",
            "John Reed is the independent chairman of Birch Robotics.|John Reed|Birch Robotics|independent chairman"})
    void aQualifiedTitleIsHeld(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.ROLE, person, org).role(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sara Quinn has served as a special adviser to Quill Systems since 2019.|Sara Quinn|Quill Systems",
            "Paul Grant, a senior advisor to Halden Bank, said rates would fall.|Paul Grant|Halden Bank",
            "Orbit Labs hired a law firm. Peter Hall, general counsel to the company, said it was needed.|Peter Hall|Orbit Labs"})
    void anAdvisersEmployerFollowsTo(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }
}
