package dev.khabar.core.general;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Who holds a contract and who it serves, in the shapes news states them. */
class ContractPartiesTest {
    @Test
    void theBodySuppliedIsTheClientOfAContractAwardedToTheSpeaker() {
        Extracted x = Extracted.of("Quarry Tech said it had been awarded a contract to supply the Harbor Transit Authority "
                + "with buses.", "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Quarry Tech", "Harbor Transit Authority");
    }

    @Test
    void aContractGivenToACompanyNamesItsHolder() {
        Extracted x = Extracted.of("The Coast Guard announced a $12 million contract to Delmar Marine LLC for patrol boats.",
                "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Delmar Marine LLC", "Coast Guard");
    }
}
