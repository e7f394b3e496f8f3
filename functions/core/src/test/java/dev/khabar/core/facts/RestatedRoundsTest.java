package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A digest that lists several raises, then tells one of them again with who led it: the leaders invest in the round
 * told last, the one restated, not in the digest's last item. Texts written here.
 */
class RestatedRoundsTest {
    @Test
    void theLeadersOfARestatedRoundInvestInItsRaiser() {
        Extracted e = Extracted.of("Orvane raises $18 mn in a Series A round; payments startup Zolix raises $3 mn in a"
                + " seed round. Orvane, a lending startup, has raised $18 million in a Series A round led by Halden"
                + " Partners and existing investor Bessemer.", "2024-05-10");
        e.requireFact(FactType.INVESTMENT, "Halden Partners", "Orvane");
        e.requireFact(FactType.INVESTMENT, "Bessemer", "Orvane");
        assertFalse(e.fact(FactType.INVESTMENT, "Halden Partners", "Zolix").isPresent(), e.describeFacts());
        assertFalse(e.fact(FactType.INVESTMENT, "Bessemer", "Zolix").isPresent(), e.describeFacts());
    }
}
