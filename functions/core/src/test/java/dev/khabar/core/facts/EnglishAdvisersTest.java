package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import java.util.List;
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
    void aClientTakingOnItsFirmAndEachFirmOfAList() {
        x("Oryx Bank has appointed Tessaro Bank as financial adviser for its listing.")
                .requireFact(FactType.CONTRACT, "Tessaro Bank", "Oryx Bank");
        x("Norlen Aerospace hired Rothschild to advise on the bid.")
                .requireFact(FactType.CONTRACT, "Rothschild", "Norlen Aerospace");
        x("Kirkland & Ellis is legal counsel to Vantix Labs.")
                .requireFact(FactType.CONTRACT, "Kirkland & Ellis", "Vantix Labs");
        Extracted listed = x("Halvex Systems was advised by Goldman Sachs and Tessaro Bank.");
        for (String firm : List.of("Goldman Sachs", "Tessaro Bank")) {
            listed.requireFact(FactType.CONTRACT, firm, "Halvex Systems");
        }
    }

    @Test
    void aFirmCounseledOnTheDealAndFirmsEachWithTheirPart() {
        // the deal advised on sits between the verb and "by"; each firm's part follows its name
        Extracted counseled = x("Orvane Foods was counselled on the merger by Pelham Bank as lead adviser and Drury Legal LLP "
                + "as its counsel.");
        counseled.requireFact(FactType.CONTRACT, "Pelham Bank", "Orvane Foods");
        counseled.requireFact(FactType.CONTRACT, "Drury Legal LLP", "Orvane Foods");
        assertTrue(counseled.fact(FactType.PARTNERSHIP, "Pelham Bank", "Orvane Foods").isEmpty()
                && counseled.fact(FactType.PARTNERSHIP, "Orvane Foods", "Pelham Bank").isEmpty(), counseled.describeFacts());
        // firms joined before "were legal counsel to" each advise the client
        Extracted joined = x("Harrow Mills LLP and Beck Lowry were legal advisers to Tessaro Bank.");
        joined.requireFact(FactType.CONTRACT, "Harrow Mills LLP", "Tessaro Bank");
        joined.requireFact(FactType.CONTRACT, "Beck Lowry", "Tessaro Bank");
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
        Extracted named = x("Oryx Bank has appointed Jane Roe as financial adviser.");
        assertTrue(named.fact(FactType.CONTRACT, "Jane Roe", "Oryx Bank").isEmpty(), named.describeFacts());
        Extracted d = x("The deal was advised by Deloitte and Kessler Partners.");
        assertTrue(d.fact(FactType.CONTRACT, "Deloitte", "Kessler Partners").isEmpty(), d.describeFacts());
        assertTrue(d.fact(FactType.CONTRACT, "Kessler Partners", "Deloitte").isEmpty(), d.describeFacts());
    }
}
