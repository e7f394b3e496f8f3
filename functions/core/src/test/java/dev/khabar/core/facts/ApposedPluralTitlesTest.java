package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "A and B, two former executives from X", "A and B, both directors at X": a plural title set off after a list of
 * people is each one's, at the company after it; "former" makes it no less a ROLE. "exec" is the press's short word
 * for an executive. Texts written here.
 */
class ApposedPluralTitlesTest {
    private static Extracted of(String text) {
        return Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10");
    }

    @Test
    void twoFormerExecutivesFromTheCompany() {
        Extracted e = of("The fund was set up by Laura Mendel and Simon Archer, two former executives from Corvel Capital.");
        assertEquals("executive", e.requireFact(FactType.ROLE, "Laura Mendel", "Corvel Capital").role());
        assertEquals("executive", e.requireFact(FactType.ROLE, "Simon Archer", "Corvel Capital").role());
    }

    @Test
    void bothDirectorsAtTheCompany() {
        Extracted e = of("The deal was signed by Laura Mendel and Simon Archer, both directors at Corvel Capital.");
        assertEquals("director", e.requireFact(FactType.ROLE, "Laura Mendel", "Corvel Capital").role());
        assertEquals("director", e.requireFact(FactType.ROLE, "Simon Archer", "Corvel Capital").role());
    }

    @Test
    void aBarePluralTitleAfterTheComma() {
        Extracted e = of("The deal was signed by Laura Mendel and Simon Archer, managing directors of Corvel Capital.");
        assertEquals("managing director", e.requireFact(FactType.ROLE, "Laura Mendel", "Corvel Capital").role());
        e.requireFact(FactType.ROLE, "Simon Archer", "Corvel Capital");
    }

    @Test
    void anApposedTitleWithNoCompanyAfterItTakesNoOther() {
        Extracted e = of("Brisa Pay was started by Laura Mendel and Simon Archer, two former executives.");
        assertTrue(e.fact(FactType.ROLE, "Laura Mendel", "Brisa Pay").isEmpty(), e.describeFacts());
    }

    @Test
    void theShortWordForAnExecutive() {
        Extracted e = of("Laura Mendel, a former exec at Corvel Capital, joined Brisa Pay.");
        e.requireFact(FactType.ROLE, "Laura Mendel", "Corvel Capital");
        e.requireFact(FactType.EMPLOYMENT_START, "Laura Mendel", "Brisa Pay");
    }

    @Test
    void executivesWithNoNamesHoldNothing() {
        Extracted e = of("Corvel Capital executives said sales rose.");
        assertTrue(e.document().facts().isEmpty(), e.describeFacts());
    }
}
