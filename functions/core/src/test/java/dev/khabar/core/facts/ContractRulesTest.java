package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Who holds a contract and who is its client, whatever the verb's voice or language. Texts written here. */
class ContractRulesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static void holds(String text, String holder, String client) {
        Extracted e = x(text);
        e.requireFact(FactType.CONTRACT, holder, client);
        assertTrue(e.fact(FactType.CONTRACT, client, holder).isEmpty(), text + " read backwards: " + e.describeFacts());
    }

    @Test
    void arabicAwardVerbsPutTheRecipientFirst() {
        holds("منحت شركة أرامكو عقدا لشركة سامسونج بقيمة 50 مليون دولار.", "Samsung", "Saudi Aramco");
        holds("وأرست أرامكو عقدا على شركة سامسونج لبناء مصنع.", "Samsung", "Saudi Aramco");
        holds("وتم ترسية العقد على شركة سامسونج من قبل شركة أرامكو.", "Samsung", "Saudi Aramco");
        holds("فازت شركة سامسونج بعقد من شركة أرامكو.", "Samsung", "Saudi Aramco");
    }

    @Test
    void arabicGrantWithoutAContractIsNoContract() {
        Extracted e = x("ومنحت الحكومة ترخيصا لشركة سامسونج.");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), e.describeFacts());
    }

    @Test
    void theOneChosenHoldsTheContract() {
        Fact f = x("Saudi Aramco picked Samsung for a $9 million contract.").requireFact(FactType.CONTRACT, "Samsung", "Saudi Aramco");
        assertEquals(0, new BigDecimal("9000000").compareTo(f.amount().value()));
        holds("Saudi Aramco has hired Samsung under a five-year contract.", "Samsung", "Saudi Aramco");
    }

    @Test
    void aContractSecuredIsNoFundingRound() {
        Extracted e = x("Samsung secured a $9 million contract from Saudi Aramco.");
        e.requireFact(FactType.CONTRACT, "Samsung", "Saudi Aramco");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.FUNDING_ROUND), e.describeFacts());
    }

    @Test
    void aSumInBracketsDoesNotCountAgainstTheClientsReach() {
        holds("Norvik won fibre contracts valued at CNY4.3 billion ($610 million) from Alpha Mobile.", "Norvik", "Alpha Mobile");
        holds("Halvex won two contracts worth SR750 million ($200 million) from Zentra Holdings.", "Halvex", "Zentra Holdings");
        holds("Varnex secured a contract valued at €40 million (£34 million) with the Delcor Authority.", "Varnex", "Delcor Authority");
    }

    @Test
    void aPartyToldOnlyByItsPlaceHasNoName() {
        Extracted e = x("Norvik won contracts worth $800 million from Brazil's two largest carriers, while rival Halvex also landed orders.");
        assertTrue(e.fact(FactType.CONTRACT, "Norvik", "Halvex").isEmpty(), e.describeFacts());
        holds("Norvik won a contract worth $2 billion from China's Telvia.", "Norvik", "Telvia");
    }
}
