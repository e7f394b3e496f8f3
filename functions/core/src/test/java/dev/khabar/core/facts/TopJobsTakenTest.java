package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "took the top job at X", "will take the top post": the press's phrase for a company's head post taken up. Texts written here. */
class TopJobsTakenTest {
    private static Extracted of(String text) {
        return Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10");
    }

    @Test
    void tookTheTopJob() {
        Extracted e = of("Laura Mendel took the top job at Corvel Capital in 2021.");
        assertEquals("2021", e.requireFact(FactType.EMPLOYMENT_START, "Laura Mendel", "Corvel Capital").date().value());
    }

    @Test
    void willTakeTheTopPost() {
        of("Laura Mendel will take the top post at Corvel Capital in June.")
                .requireFact(FactType.EMPLOYMENT_START, "Laura Mendel", "Corvel Capital");
    }

    @Test
    void hasTakenTheTopRole() {
        of("Laura Mendel, who has taken the top role at Corvel Capital, said costs would fall.")
                .requireFact(FactType.EMPLOYMENT_START, "Laura Mendel", "Corvel Capital");
    }

    @Test
    void aTopJobGivenToAnotherIsNotTaken() {
        Extracted e = of("Laura Mendel said Simon Archer took the top job at Corvel Capital.");
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Laura Mendel", "Corvel Capital").isEmpty(), e.describeFacts());
        e.requireFact(FactType.EMPLOYMENT_START, "Simon Archer", "Corvel Capital");
    }
}
