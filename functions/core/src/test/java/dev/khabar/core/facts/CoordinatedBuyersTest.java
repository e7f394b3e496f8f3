package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "A and B acquired C": each company coordinated before the verb makes the deal. Texts written here. */
class CoordinatedBuyersTest {
    @Test
    void bothBuyersOfAStake() {
        Extracted x = Extracted.of("Tessor Labs and Borvane Group acquired a 55 percent stake in Quartzline Systems.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Tessor Labs", "Quartzline Systems");
        x.requireFact(FactType.ACQUISITION, "Borvane Group", "Quartzline Systems");
    }

    @Test
    void threeInvestorsBeforeTheVerb() {
        Extracted x = Extracted.of("Tessor Labs, Borvane Group and Gorse Capital have invested $20 million in Quartzline Systems.",
                "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Borvane Group", "Quartzline Systems");
        x.requireFact(FactType.INVESTMENT, "Gorse Capital", "Quartzline Systems");
    }

    @Test
    void companiesInAnotherClauseBuyNothing() {
        Extracted x = Extracted.of("Shares of Halden Motors and Tessor Labs rose after Borvane Group acquired Quartzline Systems.",
                "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Borvane Group", "Quartzline Systems");
        assertTrue(x.fact(FactType.ACQUISITION, "Tessor Labs", "Quartzline Systems").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.ACQUISITION, "Halden Motors", "Quartzline Systems").isEmpty(), x.describeFacts());
    }
}
