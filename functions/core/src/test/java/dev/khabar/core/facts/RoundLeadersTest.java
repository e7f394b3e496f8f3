package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Investors said to lead or co-lead a round told in the sentence before ("A and B co-led the round", "The round was
 * co-led by A and B") invest in the company that raised it. Texts written here.
 */
class RoundLeadersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theLeadersOfTheRoundToldBeforeInvestInTheRaiser() {
        Extracted co = x("Lumora Systems said it had raised $30 million in a Series B round. Halcyon Capital and Accel "
                + "co-led the round.");
        co.requireFact(FactType.INVESTMENT, "Halcyon Capital", "Lumora Systems");
        co.requireFact(FactType.INVESTMENT, "Accel", "Lumora Systems");
        x("Orbitex Aerospace has raised $9 million. Kestrel Ventures led the round, its first in space.")
                .requireFact(FactType.INVESTMENT, "Kestrel Ventures", "Orbitex Aerospace");
    }

    @Test
    void aPassiveCoLedNamesEachLeader() {
        Extracted e = x("Vantrix Labs raised $12 million last week. The round was co-led by Index Ventures and Balderton "
                + "Capital.");
        e.requireFact(FactType.INVESTMENT, "Index Ventures", "Vantrix Labs");
        e.requireFact(FactType.INVESTMENT, "Balderton Capital", "Vantrix Labs");
    }

    @Test
    void leadingSomethingElseIsNoInvestment() {
        Extracted e = x("Vantrix Labs raised $12 million last week. Index Ventures led the search for a new chief "
                + "executive.");
        assertTrue(e.fact(FactType.INVESTMENT, "Index Ventures", "Vantrix Labs").isEmpty(), e.describeFacts());
    }
}
