package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Kestrel Construction said its consortium with the Paris-based Varnex Group has won a contract from Tanvir Railways":
 * the consortium wins as one, so each member holds the contract; the members are partners, and neither holds a
 * contract from the other. Texts written here.
 */
class ConsortiumPartnersTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Kestrel Construction said its consortium with the Paris-based Varnex Group has won a contract from Tanvir Railways to upgrade a line.",
            "Kestrel Construction's consortium with Varnex Group signed a contract with Tanvir Railways to build a metro line."})
    void eachMemberHoldsTheContractAndTheMembersArePartners(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        e.requireFact(FactType.CONTRACT, "Kestrel Construction", "Tanvir Railways");
        e.requireFact(FactType.CONTRACT, "Varnex Group", "Tanvir Railways");
        e.requireFact(FactType.PARTNERSHIP, "Kestrel Construction", "Varnex Group");
        assertFalse(e.fact(FactType.CONTRACT, "Varnex Group", "Kestrel Construction").isPresent(), e.describeFacts());
    }
}
