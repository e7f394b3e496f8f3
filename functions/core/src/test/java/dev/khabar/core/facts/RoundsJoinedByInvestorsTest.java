package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A, B and C participated in the funding round": those named before a verb of joining a round told before are its
 * investors, not a company raising a round of its own. Texts written here.
 */
class RoundsJoinedByInvestorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvale Health raised $60m on Tuesday. Halcyon Partners, Brisk Capital and Orrin Group participated in the funding round, the company said.|Brisk Capital|Norvale Health",
            "Tessaly Foods has raised $8 million. Copper Ventures and Delta Angels took part in the latest funding round.|Delta Angels|Tessaly Foods",
            "Kelvo Robotics raised $15m in March. Marlow Partners also joined the new funding round.|Marlow Partners|Kelvo Robotics"})
    void theJoinersInvestInTheRoundToldBefore(String text, String investor, String raiser) {
        Extracted e = Extracted.of(text, "2024-05-02");
        e.requireFact(FactType.INVESTMENT, investor, raiser);
        long rounds = e.document().facts().stream().filter(f -> f.type() == FactType.FUNDING_ROUND).count();
        assertEquals(1, rounds, e.describeFacts());
    }
}
