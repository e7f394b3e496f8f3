package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Y picked X to supply batteries", "Y chose X as its supplier": X holds a contract with Y. Texts written here. */
class ActivelyChosenSuppliersTest {
    @Test
    void pickedToSupply() {
        Extracted x = Extracted.of("Halden Motors picked Tessor Labs to supply batteries for its trucks.", "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Tessor Labs", "Halden Motors");
    }

    @Test
    void choseAsItsSupplierOrHiredToManage() {
        Extracted x = Extracted.of("Halden Motors chose Tessor Labs as the supplier of its batteries.", "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Tessor Labs", "Halden Motors");
        Extracted y = Extracted.of("Halden Motors hired Tessor Labs to manage its data centres.", "2025-01-01");
        y.requireFact(FactType.CONTRACT, "Tessor Labs", "Halden Motors");
    }

    @Test
    void aPersonOrNoJobMakesNoContract() {
        Extracted x = Extracted.of("Halden Motors tapped Peter Loor to run its European business.", "2025-01-01");
        assertTrue(x.fact(FactType.CONTRACT, "Peter Loor", "Halden Motors").isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("Halden Motors picked Tessor Labs over Borvane Group, analysts said.", "2025-01-01");
        assertTrue(y.fact(FactType.CONTRACT, "Tessor Labs", "Halden Motors").isEmpty(), y.describeFacts());
    }
}
