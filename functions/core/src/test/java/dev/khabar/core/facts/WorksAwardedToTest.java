package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "The upgrade of X was awarded to Y": the one after "to" holds the contract, whatever the passive's subject names; and
 * "a contract value", "contract manufacturers" tell no contract of their own. Texts written here.
 */
class WorksAwardedToTest {
    private static final String AWARDER = "The Harbour Authority has this week awarded three dredging contracts worth $40 million. ";

    @Test
    void theOneAfterToHoldsTheWorksAwarded() {
        Extracted x = Extracted.of(AWARDER + "The deepening of the berth at Portavel was awarded to Castellan Marine.", "2024-03-01");
        x.requireFact(FactType.CONTRACT, "Castellan Marine", "Harbour Authority");
        Extracted y = Extracted.of("The Transit Agency said the rebuilding of Norwood Station was awarded to Delmar Works "
                + "by the Transit Agency.", "2024-03-01");
        y.requireFact(FactType.CONTRACT, "Delmar Works", "Transit Agency");
        assertTrue(y.fact(FactType.CONTRACT, "Norwood Station", "Transit Agency").isEmpty(), y.describeFacts());
    }

    @Test
    void aContractValueNamesNoParty() {
        Extracted x = Extracted.of(AWARDER + "The widening of the channel between Tarvin and Leston, with a contract value "
                + "of $8 million, was awarded to Brankel Civil.", "2024-03-01");
        x.requireFact(FactType.CONTRACT, "Brankel Civil", "Harbour Authority");
        assertTrue(x.fact(FactType.CONTRACT, "Leston", "Harbour Authority").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.CONTRACT, "Tarvin", "Harbour Authority").isEmpty(), x.describeFacts());
    }

    @Test
    void contractManufacturersAreNoContract() {
        Extracted x = Extracted.of("Omberly Devices relies on contract manufacturers such as Pegatron.", "2024-03-01");
        assertTrue(x.fact(FactType.CONTRACT, "Omberly Devices", "Pegatron").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.CONTRACT, "Pegatron", "Omberly Devices").isEmpty(), x.describeFacts());
    }
}
