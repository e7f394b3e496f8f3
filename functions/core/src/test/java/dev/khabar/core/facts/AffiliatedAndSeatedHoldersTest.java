package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X of Acme" before the verb of its clause and "X, of Acme's board," place a person at a company; "took over at Acme"
 * is a post taken, not a takeover; a title's company described by its seat ("the head of the Lyon-based Acme, X")
 * still has its holder named after the comma. Texts written here.
 */
class AffiliatedAndSeatedHoldersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-20");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Analysts expect Petra Solberg of Norrvik Shipping to attend the talks.|Petra Solberg|Norrvik Shipping",
            "Dario Fenn of Calder Robotics is set to chair the panel next month.|Dario Fenn|Calder Robotics",
            "Ilse Marten is stepping down, with Dario Fenn of Calder Robotics set to succeed her.|Dario Fenn|Calder Robotics"})
    void aNameOfACompanyBeforeAVerbWorksThere(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The purchase by Petra Solberg of Norrvik Shipping shares worried investors.|Petra Solberg|Norrvik Shipping",
            "Trevo Labs paid Dario Fenn of Calder Robotics fame a bonus.|Dario Fenn|Calder Robotics",
            "Trevo Labs sent a letter to Dario Fenn from Calder Robotics threatening legal action.|Dario Fenn|Calder Robotics"})
    void aNounAfterTheCompanyKeepsTheNamesPhraseGoing(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @Test
    void aNameOfACompanysBoardSitsOnIt() {
        Extracted e = x("Dario Fenn, of Calder Robotics' board of directors, said the plan was sound.");
        assertEquals("board member", e.requireFact(FactType.ROLE, "Dario Fenn", "Calder Robotics").role());
    }

    @Test
    void aNameOfAPlaceWorksNowhere() {
        Extracted e = x("Petra Solberg of Norway is set to chair the panel next month.");
        assertTrue(!e.hasFactOfType(FactType.ROLE), e.describeFacts());
    }

    @Test
    void takingOverAtACompanyIsAPostTaken() {
        Extracted e = x("Trevo Labs' departing finance chief, Ilse Marten, will take over at Norrvik Shipping in June.");
        e.requireFact(FactType.EMPLOYMENT_START, "Ilse Marten", "Norrvik Shipping");
        assertTrue(e.fact(FactType.ACQUISITION, "Trevo Labs", "Norrvik Shipping").isEmpty(), e.describeFacts());
    }

    @Test
    void aCompanyTakingOverAtASiteTakesNoPost() {
        Extracted e = x("Norrvik Shipping will take over at the Bergen terminal in June.");
        assertTrue(!e.hasFactOfType(FactType.EMPLOYMENT_START), e.describeFacts());
    }

    @Test
    void theHolderAfterASeatedCompanysTitle() {
        Extracted e = x("Board members include the managing director of the Lyon-based Calder Robotics, Dario Fenn.");
        assertEquals("managing director", e.requireFact(FactType.ROLE, "Dario Fenn", "Calder Robotics").role());
    }
}
