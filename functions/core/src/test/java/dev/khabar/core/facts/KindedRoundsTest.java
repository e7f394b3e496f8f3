package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Quendo closed a $40 million debt round": a word of the round's kind may stand between its sum and "round"; "a $40
 * million round for logistics startup Quendo": the company the round is for may be described first, and one a round
 * is "by" is its raiser when described as a startup or platform. Texts written here.
 */
class KindedRoundsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Quendo closed a $40 million debt round this week.",
            "Quendo has closed a $40 million equity round led by its founders.",
            "The largest deal of the month was a $40 million round for logistics startup Quendo.",
            "Investors cheered a $40 million bridge round for Quendo.",
            "Top deals included a $40 million debt round by Saudi buy-now-pay-later platform Quendo.",
            "The month closed with a $40 million round by logistics startup Quendo."})
    void aRoundOfItsKindIsARound(String text) {
        Extracted x = Extracted.of(text, "2024-01-01");
        x.requireFact(FactType.FUNDING_ROUND, "Quendo", null);
    }

    @Test
    void whoARoundIsByIsItsInvestorUnlessDescribedAsRaising() {
        Extracted x = Extracted.of("Quendo closed a $40 million round by Halden Partners.", "2024-01-01");
        x.requireFact(FactType.INVESTMENT, "Halden Partners", "Quendo");
        assertFalse(x.fact(FactType.FUNDING_ROUND, "Halden Partners", null).isPresent(), x.describeFacts());
    }

    @Test
    void aRoundOfGolfIsNoRound() {
        Extracted x = Extracted.of("Quendo's chief played a $2 million round of golf for charity.", "2024-01-01");
        assertFalse(x.hasFactOfType(FactType.FUNDING_ROUND), x.describeFacts());
    }

    @Test
    void aRoundForAPlaceIsNoCompanysRound() {
        Extracted x = Extracted.of("Donors pledged a $40 million debt round for rebuilding in Nairobi.", "2024-01-01");
        assertFalse(x.hasFactOfType(FactType.FUNDING_ROUND), x.describeFacts());
    }
}
