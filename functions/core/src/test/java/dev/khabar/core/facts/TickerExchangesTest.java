package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** The exchange of a bracketed ticker says where a company is listed: it takes part in none of the sentence's deals. */
class TickerExchangesTest {
    @Test
    void theExchangeOfATickerIsNoDealParty() {
        Extracted x = Extracted.of("Harwell Foods (NYSE: HWF) has completed another acquisition this year.", "2025-03-01");
        assertTrue(x.fact(FactType.ACQUISITION, "Harwell Foods", "New York Stock Exchange").isEmpty(), x.describeFacts());
        Extracted named = Extracted.of("Corvane Systems (NASDAQ: CRVS) agreed to buy Talbex Robotics (NYSE: TLBX) for $80 million.",
                "2025-03-01");
        named.requireFact(FactType.ACQUISITION, "Corvane Systems", "Talbex Robotics");
        assertTrue(named.fact(FactType.ACQUISITION, "Corvane Systems", "Nasdaq").isEmpty(), named.describeFacts());
    }

    @Test
    void aWellKnownBankHoldingCompanyIsKnownByItsShortNames() {
        Extracted x = Extracted.of("Fifth Third said on Monday that it would open 30 branches in Georgia.", "2025-03-01");
        assertTrue(x.requireEntity("Fifth Third Bancorp").aliases().contains("Fifth Third"), x.names());
    }
}
