package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "A, B and C also participated in the funding round": the round noun is the one the sentence before told, joined by
 * investors; its doer raised no round, and each name invests in the company that raised it. Texts written here.
 */
class JoinedRoundInvestorsTest {
    private static final String RAISED = "Payments firm Corvexa has secured $12m in a series A round from investment firm Bluefin Partners. ";

    @ParameterizedTest
    @ValueSource(strings = {
            "Development lender Norvik Bank, Rivet Ventures, Malaysia’s Petra Holdings, and existing investor Lumo Capital from Indonesia, also participated in the funding round.",
            "Norvik Bank, Rivet Ventures, Petra Holdings and Lumo Capital joined the new round.",
            "Norvik Bank, Rivet Ventures, Petra Holdings and Lumo Capital took part in the funding round as well."})
    void theJoinersInvestInTheRaiser(String joined) {
        Extracted e = Extracted.of(RAISED + joined, "2024-05-10");
        for (String investor : new String[] {"Norvik Bank", "Rivet Ventures", "Petra Holdings", "Lumo Capital"}) {
            e.requireFact(FactType.INVESTMENT, investor, "Corvexa");
        }
        assertFalse(e.fact(FactType.FUNDING_ROUND, "Norvik Bank", null).isPresent(), e.describeFacts());
        assertFalse(e.fact(FactType.INVESTMENT, "Rivet Ventures", "Norvik Bank").isPresent(), e.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Corvexa raised $12m in a funding round led by Bluefin Partners."})
    void aRoundItsDoerRaisedIsStillARound(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.fact(FactType.FUNDING_ROUND, "Corvexa", null).isPresent(), e.describeFacts());
    }
}
