package dev.khabar.core.entities;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A given name and a line of business, "Salem Harith Trading", name a family firm, not a person. Texts written here. */
class FamilyFirmLinesTest {
    @Test
    void aGivenNameBeforeTradingIsAFirm() {
        Extracted x = Extracted.of("Salem Harith Trading won a contract from Velmora Corp.", "2025-03-03");
        x.requireFact(FactType.CONTRACT, "Salem Harith Trading", "Velmora Corp");
    }

    @Test
    void bankingAndTradingInsideACompanysNameDoNotSplitIt() {
        Extracted x = Extracted.of("Ruth Amsel joined Coral Banking Group as CFO.", "2025-03-03");
        x.requireFact(FactType.EMPLOYMENT_START, "Ruth Amsel", "Coral Banking Group");
        Extracted y = Extracted.of("Ruth Amsel joined Coral Trading Group as CFO.", "2025-03-03");
        y.requireFact(FactType.EMPLOYMENT_START, "Ruth Amsel", "Coral Trading Group");
    }
}
