package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A fund told with the firm that manages it ("the Growth Fund of Acme Ventures", "Orion Fund managed by Acme") puts
 * the firm among a round's investors in the fund's place, and the list goes on after the firm. Texts written here.
 */
class ManagedFundsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void theFirmOfAFundLeadsTheRound() {
        Extracted e = x("Trovex said it has secured $9 million in a Series A round led by the Nordic Growth Fund of "
                + "Balderton Capital and Accel, with participation from Index Ventures.");
        e.requireFact(FactType.INVESTMENT, "Balderton Capital", "Trovex");
        e.requireFact(FactType.INVESTMENT, "Accel", "Trovex");
        assertTrue(e.fact(FactType.INVESTMENT, "Nordic Growth Fund", "Trovex").isEmpty(), e.describeFacts());
    }

    @Test
    void theManagerOfTheLastFundListedInvests() {
        Extracted e = x("Trovex has raised $9 million in a Series B round from Accel and Orion Fund managed by K9 Partners, "
                + "the firm said.");
        e.requireFact(FactType.INVESTMENT, "Accel", "Trovex");
        e.requireFact(FactType.INVESTMENT, "K9 Partners", "Trovex");
        assertTrue(e.fact(FactType.INVESTMENT, "Orion Fund", "Trovex").isEmpty(), e.describeFacts());
    }

    @Test
    void aFundOfAPlaceKeepsItsName() {
        Extracted e = x("Trovex has raised $9 million from the Pension Fund of Norway.");
        e.requireFact(FactType.INVESTMENT, "Pension Fund", "Trovex");
    }
}
