package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Nasdaq-listed Kelvo", "FTSE 100-listed Aveva", "Nvidia-backed Lumora": the name before the hyphened participle only
 * describes the company named after it, whether that company is dealt with or does the deal. Texts written here.
 */
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

    @Test
    void anInvestorDescribingTheRaiser() {
        Extracted en = Extracted.of("Nvidia-backed Lumora raised $50 million on Tuesday.", "2025-05-05");
        en.requireFact(FactType.FUNDING_ROUND, "Lumora", null);
        assertTrue(en.fact(FactType.FUNDING_ROUND, "Nvidia", null).isEmpty(), en.describeFacts());
    }

    @Test
    void anInvestorDescribingTheBuyer() {
        Extracted en = Extracted.of("The Tencent-backed startup Lumora has acquired Brightwave.", "2025-05-05");
        en.requireFact(FactType.ACQUISITION, "Lumora", "Brightwave");
        assertTrue(en.fact(FactType.ACQUISITION, "Tencent", "Brightwave").isEmpty(), en.describeFacts());
    }

    @Test
    void anOwnerDescribingTheHirer() {
        Extracted en = Extracted.of("SoftBank-owned Arm hired Jane Roe as its chief financial officer.", "2025-05-05");
        en.requireFact(FactType.EMPLOYMENT_START, "Jane Roe", "Arm");
        assertTrue(en.fact(FactType.EMPLOYMENT_START, "Jane Roe", "SoftBank").isEmpty(), en.describeFacts());
    }

    @Test
    void theDescriberKeepsItsOwnStake() {
        Extracted en = Extracted.of("Nvidia-backed Lumora raised $50 million on Tuesday.", "2025-05-05");
        en.requireFact(FactType.INVESTMENT, "Nvidia", "Lumora");
        assertTrue(en.fact(FactType.INVESTMENT, "Lumora", "Nvidia").isEmpty(), en.describeFacts());
    }
}
