package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** An English advisory mandate is a contract of the adviser with its client. Texts written here. */
class EnglishAdvisersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theFirmAdvisingAClientHoldsAContractWithIt() {
        x("Quillon Advisors is advising Marlow Foods on the sale of its dairy unit.")
                .requireFact(FactType.CONTRACT, "Quillon Advisors", "Marlow Foods");
        x("Brask Capital was advised by Halvor Bank on the offer.")
                .requireFact(FactType.CONTRACT, "Halvor Bank", "Brask Capital");
        x("Dunmore Partners acted as lead financial adviser to Fennick Holdings.")
                .requireFact(FactType.CONTRACT, "Dunmore Partners", "Fennick Holdings");
    }

    @Test
    void aFirmHandlingADealWorksForTheCompanyThatTellsIt() {
        x("The shares will be listed in June, with Tessaro Bank handling the transaction, Norvik Estates said.")
                .requireFact(FactType.CONTRACT, "Tessaro Bank", "Norvik Estates");
    }

    @Test
    void aPersonOrADealAdvisedNamesNoContract() {
        Extracted p = x("Anna Berg advised Marlow Foods on strategy before she joined the board.");
        assertTrue(p.fact(FactType.CONTRACT, "Anna Berg", "Marlow Foods").isEmpty(), p.describeFacts());
        Extracted d = x("The deal was advised by Deloitte and Kessler Partners.");
        assertTrue(d.fact(FactType.CONTRACT, "Deloitte", "Kessler Partners").isEmpty(), d.describeFacts());
        assertTrue(d.fact(FactType.CONTRACT, "Kessler Partners", "Deloitte").isEmpty(), d.describeFacts());
    }
}
