package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Zumbo raises undisclosed amount from Kalaari Capital": a raise whose size is kept back is still a round, without an
 * amount, and the givers invest in it; in a digest whose items a semicolon parts, one item's givers and sums stay with
 * its own company. Texts written here.
 */
class UndisclosedRaisesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Fitness startup Zumbo has raised an undisclosed amount from Tarn Capital.",
            "Fitness startup Zumbo raises undisclosed sum from Tarn Capital."})
    void anUndisclosedRaiseIsARoundWithItsGivers(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertNull(e.requireFact(FactType.FUNDING_ROUND, "Zumbo", null).amount(), e.describeFacts());
        assertNull(e.requireFact(FactType.INVESTMENT, "Tarn Capital", "Zumbo").amount(), e.describeFacts());
    }

    @Test
    void digestItemsKeepTheirOwnGivers() {
        Extracted e = Extracted.of("The day's deals include payments startup Orbitel raises $2 mn in seed round; edtech startup"
                + " Quillon raises undisclosed amount from Blume Partners; the state to tighten drone rules.", "2024-05-10");
        assertEquals(2000000L, e.requireFact(FactType.FUNDING_ROUND, "Orbitel", null).amount().value().longValue());
        assertNull(e.requireFact(FactType.INVESTMENT, "Blume Partners", "Quillon").amount(), e.describeFacts());
        assertFalse(e.fact(FactType.INVESTMENT, "Blume Partners", "Orbitel").isPresent(), e.describeFacts());
    }
}
