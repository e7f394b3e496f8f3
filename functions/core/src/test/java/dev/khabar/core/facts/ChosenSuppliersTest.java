package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A company chosen by another "to" do a job holds a contract with it, the chooser its client. Texts written here. */
class ChosenSuppliersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static boolean none(Extracted e, FactType type) {
        return e.document().facts().stream().noneMatch(f -> f.type() == type);
    }

    @Test
    void theOneChosenHoldsAContractWithTheChooser() {
        x("Arvelo Engineering was selected by Siemens to build a new substation in Texas.")
                .requireFact(FactType.CONTRACT, "Arvelo Engineering", "Siemens");
        x("Brindle Logistics has been contracted by Walmart to run two of its warehouses.")
                .requireFact(FactType.CONTRACT, "Brindle Logistics", "Walmart");
        x("Kestrel Analytics, a Boston start-up, was tapped by Pfizer to manage its clinical data.")
                .requireFact(FactType.CONTRACT, "Kestrel Analytics", "Pfizer");
        x("Morrow Consulting was hired by Unilever to review its supply chain.")
                .requireFact(FactType.CONTRACT, "Morrow Consulting", "Unilever");
    }

    @Test
    void aPersonHiredOrACompanyBoughtHoldsNoContract() {
        Extracted person = x("Jane Roe was hired by Unilever to lead its marketing team.");
        assertTrue(none(person, FactType.CONTRACT), person.describeFacts());
        Extracted bought = x("Gravel Labs was acquired by Unilever to expand its range.");
        assertTrue(none(bought, FactType.CONTRACT), bought.describeFacts());
        Extracted noJob = x("Arvelo Engineering was selected by Siemens last year.");
        assertTrue(none(noJob, FactType.CONTRACT), noJob.describeFacts());
    }
}
