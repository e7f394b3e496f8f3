package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "raised a total of $40 million", "a combined $12 million": the sum of a company's rounds is no round of its own; a
 * round's own sum told after the total still makes a round. Texts written here.
 */
class TotalRaisedTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void aTotalRaisedIsNoRound() {
        Extracted e = x("Trovex, which raised a total of $40 million, is growing fast.");
        assertTrue(!e.hasFactOfType(FactType.FUNDING_ROUND), e.describeFacts());
        Extracted f = x("Trovex has raised a combined $12 million from its backers.");
        assertTrue(!f.hasFactOfType(FactType.FUNDING_ROUND), f.describeFacts());
    }

    @Test
    void aRoundToldAfterTheTotalStays() {
        Extracted e = x("Trovex has raised a total of $40 million, most recently obtaining $9 million in a Series B round "
                + "led by Accel.");
        e.requireFact(FactType.INVESTMENT, "Accel", "Trovex");
    }

    @Test
    void aPlainRaiseIsARound() {
        Extracted e = x("Trovex raised $9 million in a round led by Accel.");
        e.requireFact(FactType.FUNDING_ROUND, "Trovex", null);
    }

    @Test
    void aTotalRaisedInANamedRoundIsThatRound() {
        Extracted e = x("Trovex raised a total of $6 million from Lindqvist Ventures in its seed round.");
        e.requireFact(FactType.FUNDING_ROUND, "Trovex", null);
        Extracted f = x("Trovex has raised a total of $15 million in a Series A round led by Lindqvist Ventures.");
        f.requireFact(FactType.FUNDING_ROUND, "Trovex", null);
        Extracted g = x("Trovex has raised a total of $15 million since 2019 from Lindqvist Ventures.");
        assertTrue(!g.hasFactOfType(FactType.FUNDING_ROUND), g.describeFacts());
    }

    @Test
    void aTotalBeforeTheCommaCountsSomethingElse() {
        Extracted x = Extracted.of("With 30 investors in total, Orvel raised $5 million in a Series A round led by Vela Capital.",
                "2025-06-01");
        assertTrue(x.requireFact(FactType.FUNDING_ROUND, "Orvel", null).amount().value().intValue() == 5_000_000,
                x.describeFacts());
    }
}
