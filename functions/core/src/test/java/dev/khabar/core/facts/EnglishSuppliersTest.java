package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A company supplying another, or lending to it, holds a contract with it. Texts written here. */
class EnglishSuppliersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theSupplierOfACompanyHoldsAContractWithIt() {
        x("Halvor Bank will provide Tessaro Group with funding for the new plant.")
                .requireFact(FactType.CONTRACT, "Halvor Bank", "Tessaro Group");
        x("Under the deal, Brindle Energy will supply Norvik Steel with gas for ten years.")
                .requireFact(FactType.CONTRACT, "Brindle Energy", "Norvik Steel");
        x("Pellam Rail has already delivered 40 electric trains to Dunmore Transit.")
                .requireFact(FactType.CONTRACT, "Pellam Rail", "Dunmore Transit");
    }

    @Test
    void peopleAPlaceOrThePassiveNameNoClient() {
        Extracted c = x("Brindle Energy will provide consumers with more choice.");
        assertTrue(c.document().facts().isEmpty(), c.describeFacts());
        Extracted u = x("Brindle Energy supplied aid to Ukraine last winter.");
        assertTrue(u.fact(FactType.CONTRACT, "Brindle Energy", "Ukraine").isEmpty(), u.describeFacts());
        Extracted p = x("Tessaro Group was provided with funding by Halvor Bank.");
        assertTrue(p.fact(FactType.CONTRACT, "Tessaro Group", "Halvor Bank").isEmpty(), p.describeFacts());
    }
}
