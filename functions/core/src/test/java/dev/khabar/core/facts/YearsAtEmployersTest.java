package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Years, stints and spells at a company place the person whose career they are there, with no title. Texts written here. */
class YearsAtEmployersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-01-15");
    }

    @Test
    void yearsSpentAtACompanyAreWorkThere() {
        Extracted e = x("Mr Holt joined Brisko Fund in 2010 after previously spending 20 years at Norrvik Capital Authority.");
        assertNull(e.requireFact(FactType.ROLE, "Holt", "Norrvik Capital Authority").role());
    }

    @Test
    void stintsListedAfterAPronounAreTheNamedPersons() {
        Extracted e = x("Laura Bennett was new to retail. Her career includes stints at Halvik Bank and Orvane Pay, "
                + "and about ten years at Calder Finance.");
        e.requireFact(FactType.ROLE, "Laura Bennett", "Halvik Bank");
        e.requireFact(FactType.ROLE, "Laura Bennett", "Orvane Pay");
        e.requireFact(FactType.ROLE, "Laura Bennett", "Calder Finance");
    }

    @Test
    void aCompanysYearsAtAPlaceAreNoCareer() {
        Extracted e = x("Calder Finance spent five years at the top of the league, Laura Bennett said.");
        assertTrue(!e.hasFactOfType(FactType.ROLE), e.describeFacts());
    }

    @Test
    void twoPeopleNamedBeforeTheSpanLeaveItsOwnerUntold() {
        Extracted e = x("Laura Bennett met David Moore, who spent years at Calder Finance.");
        assertTrue(e.fact(FactType.ROLE, "Laura Bennett", "Calder Finance").isEmpty(), e.describeFacts());
    }

    @Test
    void aSpanOfSomethingElseAtACompanyIsNoCareer() {
        Extracted e = x("Laura Bennett said sales had fallen for two years at Calder Finance.");
        assertTrue(e.fact(FactType.ROLE, "Laura Bennett", "Calder Finance").isEmpty(), e.describeFacts());
    }

    @Test
    void aQuoteOpeningTheSentenceStillTellsTheSpan() {
        Extracted e = x("\"Laura Bennett spent 20 years at Calder Finance,\" the bank said.");
        e.requireFact(FactType.ROLE, "Laura Bennett", "Calder Finance");
    }

    @Test
    void aRoughCountContinuesTheListOfSpans() {
        Extracted e = x("Laura Bennett was new to retail. Her career includes stints at Halvik Bank, and around 15 years at Calder Finance.");
        e.requireFact(FactType.ROLE, "Laura Bennett", "Calder Finance");
    }
}
