package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "an agreement for X to supply … to Y": the company after a deal's "for" supplies the one after "to". Texts written here. */
class DealForSuppliersTest {
    @Test
    void anAgreementForACompanyToProvideServices() {
        Extracted x = Extracted.of("Under a 2015 agreement for Marrow Telecom to provide network services to Kessel "
                + "Devices, prices were fixed.", "2020-01-10");
        x.requireFact(FactType.CONTRACT, "Marrow Telecom", "Kessel Devices");
    }

    @Test
    void aDealForACompanyToSupplyTrains() {
        Extracted x = Extracted.of("Regulators approved a deal for Norvik Rail to supply 40 trains to Halden Transit.",
                "2020-01-10");
        x.requireFact(FactType.CONTRACT, "Norvik Rail", "Halden Transit");
    }

    @Test
    void forWithoutADealNounNamesNoSupplier() {
        Extracted x = Extracted.of("Regulators asked for Orvel Labs to provide data to Kestrel Bank.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.CONTRACT), x.describeFacts());
    }
}
