package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "X will award a contract of Tk … to Y", and contracts awarded to a joint venture of partners. Texts written here. */
class AwardedContractsTest {
    @Test
    void theFutureAwardNamesItsClientAndItsHolder() {
        Extracted x = Extracted.of("The Port Authority will award a $45 million contract to Meridian Builders to dredge "
                + "the harbour.", "2021-04-21");
        Fact f = x.requireFact(FactType.CONTRACT, "Meridian Builders", "Port Authority");
        assertEquals(45_000_000L, f.amount().value().longValue());
    }

    @Test
    void aSumInTakaBetweenTheVerbAndTheHolderIsTheContractValue() {
        Extracted x = Extracted.of("Under the plan, the Water Development Board will award a contract of Tk 212.5 crore "
                + "to Meghna Dredgers Ltd.", "2021-04-21");
        Fact f = x.requireFact(FactType.CONTRACT, "Meghna Dredgers Ltd", "Water Development Board");
        assertEquals("BDT", f.amount().currency());
        assertEquals(2_125_000_000L, f.amount().value().longValue());
    }

    @Test
    void eachPartnerOfAJointVentureHoldsTheContract() {
        Extracted x = Extracted.of("The Railway Ministry will award Tk 310 crore contract to Joint Venture of (1) Orion "
                + "Infrastructure and (2) Tasnim Builders, Dhaka, to lay the new track.", "2021-04-21");
        x.requireFact(FactType.CONTRACT, "Orion Infrastructure", "Railway Ministry");
        x.requireFact(FactType.CONTRACT, "Tasnim Builders", "Railway Ministry");
        assertTrue(x.fact(FactType.CONTRACT, "Joint Venture", "Railway Ministry").isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("The Navy awarded a $90 million contract to a joint venture of Halvorsen Marine and "
                + "Kestrel Shipyards.", "2021-04-21");
        y.requireFact(FactType.CONTRACT, "Halvorsen Marine", "Navy");
        y.requireFact(FactType.CONTRACT, "Kestrel Shipyards", "Navy");
    }

    @Test
    void anAwardWonIsNoContract() {
        Extracted x = Extracted.of("Meridian Builders won an award from the Chamber of Commerce for its harbour work.",
                "2021-04-21");
        Extracted y = Extracted.of("Gartner awards Meridian Builders its vendor prize every year.", "2021-04-21");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
        assertTrue(y.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), y.describeFacts());
    }

    @Test
    void aContractAwardedToAHolderWithNoAgentIsFromTheBodyThatSignedTheOnesBefore() {
        Extracted x = Extracted.of("The Ministry of Health has signed a contract worth $40 million with Norland Medical "
                + "Systems for hospital beds.\n\nA second contract worth $12 million was awarded to Brightwater "
                + "Engineering to build two clinics.", "2021-04-21");
        x.requireFact(FactType.CONTRACT, "Norland Medical Systems", "Ministry of Health");
        Fact f = x.requireFact(FactType.CONTRACT, "Brightwater Engineering", "Ministry of Health");
        assertEquals(12_000_000L, f.amount().value().longValue());
    }

    @Test
    void aHolderThatSecuredContractsHoldsThemFromTheBodyNamedBefore() {
        Extracted x = Extracted.of("The Army signed a contract worth $8 million with Dunmore Textiles for uniforms.\n\n"
                + "The Canadian firm Halvorsen Logistics secured two contracts worth $5 million and $7 million for the "
                + "transport of tents.", "2021-04-21");
        x.requireFact(FactType.CONTRACT, "Halvorsen Logistics", "Army");
        assertTrue(x.fact(FactType.FUNDING_ROUND, "Halvorsen Logistics", null).isEmpty(), x.describeFacts());
    }

    @Test
    void noEarlierPublicClientLeavesTheSecuredContractWithoutOne() {
        Extracted x = Extracted.of("Tarsk Analytics signed a contract with Ulmer Foods for data services.\n\n"
                + "Brightwater Engineering secured a contract worth $3 million to build a depot.", "2021-04-21");
        assertTrue(x.fact(FactType.CONTRACT, "Brightwater Engineering", "Ulmer Foods").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.FUNDING_ROUND, "Brightwater Engineering", null).isEmpty(), x.describeFacts());
    }
}
