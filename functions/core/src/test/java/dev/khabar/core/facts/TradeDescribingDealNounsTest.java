package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "investment startup Zolix", "an investment platform": a deal noun before a word for a company tells the company's
 * trade, not a deal of the company named before it. Texts written here.
 */
class TradeDescribingDealNounsTest {
    @Test
    void anInvestmentStartupMakesNoInvestment() {
        Extracted e = Extracted.of("Markets rose on Monday.\nThe day's news includes Orvane raises $25 mn in Series B round"
                + " from Tiger Global; investment startup Zolix raises $1.2 mn in seed round.", "2024-05-10");
        assertFalse(e.fact(FactType.INVESTMENT, "Orvane", "Zolix").isPresent(), e.describeFacts());
        e.requireFact(FactType.FUNDING_ROUND, "Zolix", null);
    }
}
