package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "sold its stake in X to Y": the buyer named after "to" takes the stake; the seller takes nothing. Texts written here. */
class EnglishStakeSalesTest {
    @Test
    void aMinorityStakeSoldIsTheBuyersInvestment() {
        Extracted x = Extracted.of("Borvane Group offloaded a 40 percent stake in Quartzline Systems to Tessor Labs.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Tessor Labs", "Quartzline Systems");
        assertTrue(x.fact(FactType.INVESTMENT, "Borvane Group", "Quartzline Systems").isEmpty(), x.describeFacts());
    }

    @Test
    void aMajorityOrUnsizedStakeSoldIsTheBuyersAcquisition() {
        Extracted x = Extracted.of("Borvane Group has agreed to sell its 70 percent stake in Quartzline Systems to the Tessor Labs group.",
                "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Tessor Labs", "Quartzline Systems");
        Extracted y = Extracted.of("Borvane Group offloaded a stake in Quartzline Systems to Tessor Labs last year.", "2025-01-01");
        y.requireFact(FactType.ACQUISITION, "Tessor Labs", "Quartzline Systems");
    }

    @Test
    void noBuyerNamedNoFact() {
        Extracted x = Extracted.of("Borvane Group sold its stake in Quartzline Systems to focus on its core business.", "2025-01-01");
        assertTrue(x.describeFacts().isEmpty() || !x.describeFacts().contains("Quartzline"), x.describeFacts());
    }
}
