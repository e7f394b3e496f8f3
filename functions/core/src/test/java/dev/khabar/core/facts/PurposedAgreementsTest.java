package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** An agreement for work or goods is a contract; one to develop something together a partnership. Texts written here. */
class PurposedAgreementsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theSignerThatSuppliesHoldsTheContract() {
        x("Under a deal signed by Halvor Steel with Toyota to supply steel sheets, deliveries start in March.")
                .requireFact(FactType.CONTRACT, "Halvor Steel", "Toyota");
        x("The agreement signed by Brindle Logistics with Walmart to provide trucks runs to 2027.")
                .requireFact(FactType.CONTRACT, "Brindle Logistics", "Walmart");
        x("A contract signed by Arvelo Engineering with Siemens to build two substations was made public.")
                .requireFact(FactType.CONTRACT, "Arvelo Engineering", "Siemens");
    }

    @Test
    void aSignedDealToBuildIsTheSignersContract() {
        Extracted e = x("Korvan Telecom has signed a deal worth $300 million with Brixton Cloud to develop and construct a data "
                + "centre in Oman.");
        e.requireFact(FactType.CONTRACT, "Korvan Telecom", "Brixton Cloud");
        assertTrue(e.fact(FactType.PARTNERSHIP, "Korvan Telecom", "Brixton Cloud").isEmpty(), e.describeFacts());
        x("Pellam Defence won a deal with the Navy to install radars on six frigates.")
                .requireFact(FactType.CONTRACT, "Pellam Defence", "Navy");
    }

    @Test
    void aBuilderSignedWithToDevelopHoldsTheContract() {
        x("The $900 million deal signed by Harwick Capital with Delmar Construction to develop homes in Muscat is the largest.")
                .requireFact(FactType.CONTRACT, "Delmar Construction", "Harwick Capital");
        x("Norvik Estates signed a deal with Osei Contracting to develop two towers.")
                .requireFact(FactType.CONTRACT, "Osei Contracting", "Norvik Estates");
    }

    @Test
    void aPublicBodySigningForWorkIsTheClient() {
        x("The Ministry of Transport signed a contract with Dalmor Rail to supply 40 trains.")
                .requireFact(FactType.CONTRACT, "Dalmor Rail", "Ministry of Transport");
    }

    @Test
    void anAgreementToBuyGoodsIsTheSellersContract() {
        Extracted e = x("Velora Airlines signed an agreement with Airbus to buy 30 A321neo aircraft.");
        e.requireFact(FactType.CONTRACT, "Airbus", "Velora Airlines");
        assertTrue(e.fact(FactType.PARTNERSHIP, "Velora Airlines", "Airbus").isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.ACQUISITION, "Velora Airlines", "A321neo").isEmpty(), e.describeFacts());
    }

    @Test
    void aDealToDevelopTogetherOrToBuyACompanyIsNoContract() {
        Extracted e = x("The agreement signed by Norvik Turbines with Iberdrola to develop offshore turbines runs to 2030.");
        assertTrue(e.fact(FactType.CONTRACT, "Norvik Turbines", "Iberdrola").isEmpty(), e.describeFacts());
        Extracted t = x("Tessaro Bank signed an agreement with Quillon Pay to develop payment services.");
        assertTrue(t.fact(FactType.CONTRACT, "Tessaro Bank", "Quillon Pay").isEmpty(), t.describeFacts());
        Extracted a = x("Ardent Capital signed a deal with Marlow Partners to buy a stake in Fennick Foods.");
        assertTrue(a.fact(FactType.CONTRACT, "Marlow Partners", "Ardent Capital").isEmpty(), a.describeFacts());
    }
}
