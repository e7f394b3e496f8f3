package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Taking up a post: "took over from Doe", "took the reins of Acme", "took charge of", "assumed the role of"; a name
 * that takes over as, or takes the helm, is a person's; and the one a successor "replaced" is never the employer. Texts
 * written here.
 */
class TakingUpAPostTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez takes over from Peter Hall as chief executive of Orbit Labs.|Maria Lopez|Orbit Labs",
            "Anna Berg took the reins of Kestrel Freight in 2021.|Anna Berg|Kestrel Freight",
            "John Reed took charge of Halden Bank last spring.|John Reed|Halden Bank",
            "Sara Quinn assumed the role of finance chief at Birch Robotics in March.|Sara Quinn|Birch Robotics",
            "Paul Grant is taking the helm at Quill Systems after a long search.|Paul Grant|Quill Systems"})
    void takingUpAPostIsJoining(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_START, person, org);
        assertTrue(e.fact(FactType.ACQUISITION, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez took over from Peter Hall at Orbit Labs in 2020.|Peter Hall|Orbit Labs",
            "Anna Berg takes over from John Reed as chair of Kestrel Freight.|John Reed|Kestrel Freight"})
    void theOneTakenOverFromLeaves(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_END, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In June, Anup Varma took over as chief executive of Orbit Labs.|Anup Varma",
            "Halden Bank said Ravi Kotak will take over as chairman next year.|Ravi Kotak",
            "Tarun Mehra takes the reins at Quill Systems in July.|Tarun Mehra"})
    void aNameThatTakesUpAPostIsAPerson(String text, String name) {
        Extracted e = x(text);
        assertEquals(EntityType.PERSON, e.requireEntity(name).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tarun Mehra took over as chief executive of Halden Bank in May. Mehra replaced KR Kamath, he ran Halden Bank from 2015 to 2020.|Tarun Mehra|KR Kamath",
            "Vikram Rao took over as head of Orbit Labs. Rao replaced SP Iyer, he built the lab.|Vikram Rao|SP Iyer",
            "Ravi Kotak takes over as chairman of Birch Robotics. Kotak replaces MK Nair, she led Birch Robotics.|Ravi Kotak|MK Nair"})
    void theOneReplacedIsNoEmployer(String text, String successor, String replaced) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, successor, replaced).isEmpty(), e.describeFacts());
    }
}
