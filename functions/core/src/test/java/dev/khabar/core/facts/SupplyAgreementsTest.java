package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A supply, service or maintenance agreement binds a supplier to a buyer: a contract, the supplier its holder, not a
 * partnership. Texts written here.
 */
class SupplyAgreementsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static boolean none(Extracted e, FactType type) {
        return e.document().facts().stream().noneMatch(f -> f.type() == type);
    }

    @Test
    void aSupplyServiceOrMaintenanceAgreementIsAContract() {
        Extracted supply = x("Caldera Chemicals signed a supply agreement with Norhaven Paints on Monday.");
        supply.requireFact(FactType.CONTRACT, "Caldera Chemicals", "Norhaven Paints");
        assertTrue(none(supply, FactType.PARTNERSHIP), supply.describeFacts());
        x("Norvik Turbines signed a maintenance agreement with Iberdrola for its wind farms.")
                .requireFact(FactType.CONTRACT, "Norvik Turbines", "Iberdrola");
        x("Plexon Systems has struck a service agreement with Vodafone covering its data centres.")
                .requireFact(FactType.CONTRACT, "Plexon Systems", "Vodafone");
    }

    @Test
    void aPlainAgreementStaysAPartnership() {
        Extracted e = x("Caldera Chemicals signed an agreement with Norhaven Paints to develop new coatings.");
        assertTrue(none(e, FactType.CONTRACT), e.describeFacts());
    }
}
