package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * An aside between paired dashes after a name ("X — a startup that …, — has raised") is skipped as one between commas
 * is: the name before it raises the money, not a name inside the aside. Texts written here.
 */
class DashedAsidesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void theNameBeforeTheDashesRaises() {
        Extracted e = x("Verdalis Carbon — a startup that has built a plant to capture CO2 from cement kilns — has raised "
                + "$9 million from Accel and Balderton.");
        e.requireFact(FactType.FUNDING_ROUND, "Verdalis Carbon", null);
        e.requireFact(FactType.INVESTMENT, "Accel", "Verdalis Carbon");
        assertTrue(e.fact(FactType.FUNDING_ROUND, "CO2", null).isEmpty(), e.describeFacts());
    }

    @Test
    void enDashesCloseTheAsideToo() {
        Extracted e = x("Verdalis Carbon – a startup that sells tools to Siemens – has raised $9 million in a seed round.");
        e.requireFact(FactType.FUNDING_ROUND, "Verdalis Carbon", null);
        assertTrue(e.fact(FactType.FUNDING_ROUND, "Siemens", null).isEmpty(), e.describeFacts());
    }

    @Test
    void dashesAfterAVerbStillLeaveTheReportedClauseItsOwnDoer() {
        Extracted e = x("Orvane Capital said — as analysts expected — that Halvorsen Labs has raised $9 million.");
        e.requireFact(FactType.FUNDING_ROUND, "Halvorsen Labs", null);
        assertTrue(e.fact(FactType.FUNDING_ROUND, "Orvane Capital", null).isEmpty(), e.describeFacts());
    }
}
