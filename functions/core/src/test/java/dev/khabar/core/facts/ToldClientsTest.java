package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contracts whose client one sentence names and whose holders the next ones do: the body said to give contracts is the
 * client of those told after it, and one "won by" a company is that company's. Texts written here.
 */
class ToldClientsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Ministry of Transport has signed three contracts totalling $40 million. A $12 million contract to supply signalling gear was won by Varnex Systems. | Varnex Systems | Ministry of Transport",
            "Approval of four contracts worth $75 million by the Ministry of Defence came on June 3. A contract for radar spares was clinched by Halvex Aero. | Halvex Aero | Ministry of Defence",
            "The Water Authority awarded three contracts in May. The largest contract, worth $8 million, was secured by Delcor Pumps. | Delcor Pumps | Water Authority",
            "Deal volume in the province reached $6bn, led by two contract awards by Ostra Energy worth $4.2bn. Belmonte was awarded the $2.5bn pipeline contract. | Belmonte | Ostra Energy",
            "Zentra Holdings has awarded a contract to build a new terminal. The contract was won by Marlow Builders, a local firm. | Marlow Builders | Zentra Holdings"})
    void theContractWonLaterIsWithTheBodyToldBefore(String text, String holder, String client) {
        Extracted e = x(text);
        e.requireFact(FactType.CONTRACT, holder, client);
        assertTrue(e.fact(FactType.CONTRACT, client, holder).isEmpty(), e.describeFacts());
    }

    @Test
    void eachCompanyAContractWasSignedWithHoldsOne() {
        Extracted e = x("The Ministry of Health signed five contracts on Monday. These contracts were signed with Delcor Medical, Orvane Labs and Trilith Pharma.");
        for (String holder : new String[] {"Delcor Medical", "Orvane Labs", "Trilith Pharma"}) {
            e.requireFact(FactType.CONTRACT, holder, "Ministry of Health");
        }
    }

    @Test
    void noClientToldNoContract() {
        Extracted e = x("A contract for signalling equipment was won by Varnex Systems. Halvex Aero makes engines.");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), e.describeFacts());
    }

    @Test
    void aCompanyThatWonContractsGivesNone() {
        Extracted e = x("Two contracts won by Halvex Aero lifted its order book. A contract for radars was won by Varnex Systems.");
        assertTrue(e.fact(FactType.CONTRACT, "Varnex Systems", "Halvex Aero").isEmpty(), e.describeFacts());
    }

    @Test
    void aBodyAnnouncingContractsGivesNoneOfThem() {
        Extracted e = x("The Defense Department announced $1.7 billion in defense contracts on Monday. Halvex Aero has received a Navy contract worth $5 million.");
        e.requireFact(FactType.CONTRACT, "Halvex Aero", "Navy");
        assertTrue(!e.hasFactByAlias(FactType.CONTRACT, "Halvex Aero", "Defense Department"), e.describeFacts());
    }

    @Test
    void aCompanyNamedInTheWorkIsNoParty() {
        Extracted e = x("The Ministry of Transport signed three contracts. A contract for Airbus jets was won by Varnex Systems.");
        e.requireFact(FactType.CONTRACT, "Varnex Systems", "Ministry of Transport");
        Extracted with = x("The Ministry of Transport signed three contracts. A contract with Delcor was won by Varnex Systems.");
        assertTrue(with.fact(FactType.CONTRACT, "Varnex Systems", "Ministry of Transport").isEmpty(), with.describeFacts());
    }
}
