package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Nasdaq-listed Kelvo", "FTSE 100-listed Aveva": the exchange only describes the company dealt with. Texts written here. */
class DescribingNamesTest {
    @Test
    void anExchangeListingTheCompanyBought() {
        Extracted en = Extracted.of("Orion bought Nasdaq-listed Kelvo for $300 million.", "2025-05-05");
        en.requireFact(FactType.ACQUISITION, "Orion", "Kelvo");
        assertTrue(en.fact(FactType.ACQUISITION, "Orion", "Nasdaq").isEmpty(), en.describeFacts());
    }

    @Test
    void anIndexWithItsNumber() {
        Extracted en = Extracted.of("Schneider Electric made a bid for FTSE 100-listed Aveva.", "2025-05-05");
        en.requireFact(FactType.ACQUISITION, "Schneider Electric", "Aveva");
    }

    @Test
    void anExchangeBeforeInvested() {
        Extracted en = Extracted.of("Orion invested $12 million in ASX-listed Kelvo.", "2025-05-05");
        en.requireFact(FactType.INVESTMENT, "Orion", "Kelvo");
    }

    @Test
    void listedSharesWithoutTheirCompanyNameNoParty() {
        Extracted en = Extracted.of("Orion bought Nasdaq-listed shares last year.", "2025-05-05");
        assertTrue(en.fact(FactType.ACQUISITION, "Orion", "Nasdaq").isEmpty(), en.describeFacts());
    }
}
