package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "a deal signed by X with Y to supply …": X holds a contract with client Y. Texts written here. */
class SignedSupplyDealsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theSignerThatSuppliesHoldsTheContract() {
        x("Under a deal signed by Halvor Steel with Toyota to supply steel sheets, deliveries start in March.")
                .requireFact(FactType.CONTRACT, "Halvor Steel", "Toyota");
        x("The agreement signed by Brindle Logistics with Walmart to provide trucks runs to 2027.")
                .requireFact(FactType.CONTRACT, "Brindle Logistics", "Walmart");
        x("A contract signed by Arvelo Engineering with Siemens to build two substations was made public.")
                .requireFact(FactType.CONTRACT, "Arvelo Engineering", "Siemens");
    }

    @Test
    void aDealToDevelopTogetherIsNoSupplyContract() {
        Extracted e = x("The agreement signed by Norvik Turbines with Iberdrola to develop offshore turbines runs to 2030.");
        assertTrue(e.fact(FactType.CONTRACT, "Norvik Turbines", "Iberdrola").isEmpty(), e.describeFacts());
    }
}
