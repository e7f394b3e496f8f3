package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A company called another's supplier, vendor or contractor holds a contract with it. Texts written here. */
class SupplierNounsTest {
    @Test
    void clientBeforeTheNounAfterACopula() {
        Extracted x = Extracted.of("Orlen Photonics is a small laser maker and a longtime Tarrant Networks supplier.",
                "2020-01-10");
        assertNull(x.requireFact(FactType.CONTRACT, "Orlen Photonics", "Tarrant Networks").status());
    }

    @Test
    void aClientNounNamesItsSupplierBeforeItOrAfterOf() {
        Extracted named = Extracted.of("Sales at Tessaro Pay doubled, and Tessaro Pay client Norvik Stores renewed in May.",
                "2020-01-10");
        named.requireFact(FactType.CONTRACT, "Tessaro Pay", "Norvik Stores");
        Extracted of = Extracted.of("Brisco Foods is a customer of Halden Logistics.", "2020-01-10");
        of.requireFact(FactType.CONTRACT, "Halden Logistics", "Brisco Foods");
        assertFalse(of.fact(FactType.CONTRACT, "Brisco Foods", "Halden Logistics").isPresent(), of.describeFacts());
    }

    @Test
    void clientAfterToInAnApposition() {
        Extracted x = Extracted.of("Brell Components, a key supplier to Volvo, said sales rose in March.", "2020-01-10");
        x.requireFact(FactType.CONTRACT, "Brell Components", "Volvo");
    }

    @Test
    void supplierNamedRightAfterTheNoun() {
        Extracted x = Extracted.of("Harlow Motors' longtime supplier Kemp Castings cut prices.", "2020-01-10");
        x.requireFact(FactType.CONTRACT, "Kemp Castings", "Harlow Motors");
        Extracted y = Extracted.of("Pentland Aerospace contractor Dray Systems said it would hire 200 engineers.", "2020-01-10");
        y.requireFact(FactType.CONTRACT, "Dray Systems", "Pentland Aerospace");
    }

    @Test
    void aFormerSuppliersContractHasEnded() {
        Extracted x = Extracted.of("Tarsis Systems has been a former Orvel Aviation contractor since 2019.", "2020-01-10");
        assertEquals("ended", x.requireFact(FactType.CONTRACT, "Tarsis Systems", "Orvel Aviation").status());
    }

    @Test
    void noClientNamed() {
        Extracted x = Extracted.of("Norvik Steel is a supplier of chips for the car industry. Helm Group is Europe's "
                + "largest parts supplier.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.CONTRACT));
    }
}
