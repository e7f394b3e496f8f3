package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A person speaking for a company, then "the company" or "it" doing the deed: the company invests or buys, not its
 * speaker. Texts written here.
 */
class CompanySpokenForTest {
    @Test
    void theCompanyAfterAChiefExecutivesAside() {
        Extracted en = Extracted.of("Mark Hale, chief executive of Rabo Tech, said the company would invest $20 million "
                + "in Finly.", "2025-05-05");
        en.requireFact(FactType.INVESTMENT, "Rabo Tech", "Finly");
        assertTrue(en.fact(FactType.INVESTMENT, "Mark Hale", "Finly").isEmpty(), en.describeFacts());
    }

    @Test
    void itAfterThePossessiveTitle() {
        Extracted en = Extracted.of("Orlen Group's chief executive Dana Pike says it will acquire Sorva.", "2025-05-05");
        en.requireFact(FactType.ACQUISITION, "Orlen Group", "Sorva");
        assertTrue(en.fact(FactType.ACQUISITION, "Dana Pike", "Sorva").isEmpty(), en.describeFacts());
    }

    @Test
    void theBankAfterThatAndAnAuxiliary() {
        Extracted en = Extracted.of("Lena Varga, head of Kestrel Bank, told reporters that the bank has agreed to buy "
                + "Mintly.", "2025-05-05");
        en.requireFact(FactType.ACQUISITION, "Kestrel Bank", "Mintly");
    }

    @Test
    void heKeepsTheSpeakerAsTheDoer() {
        Extracted en = Extracted.of("Mark Hale, chief executive of Rabo Tech, said he would invest $2 million of his own "
                + "money in Finly.", "2025-05-05");
        assertEquals(2_000_000L, en.requireFact(FactType.INVESTMENT, "Mark Hale", "Finly").amount().value().longValue());
        assertTrue(en.fact(FactType.INVESTMENT, "Rabo Tech", "Finly").isEmpty(), en.describeFacts());
    }
}
