package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Spearheaded" and "anchored" say of a round's investor what "led" says: the passive after the round, the active
 * before it, a co-leader each. Texts written here.
 */
class SpearheadedRoundsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aRoundSpearheadedByAnInvestorToldNext() {
        x("Lumora has raised $12 million in a Series A round. The round was spearheaded by Northwind Ventures.")
                .requireFact(FactType.INVESTMENT, "Northwind Ventures", "Lumora");
    }

    @Test
    void coSpearheadedNamesEachLeader() {
        Extracted e = x("Quillon Robotics closed a $40 million Series B co-spearheaded by Tessaly Partners and Brine "
                + "Capital.");
        e.requireFact(FactType.INVESTMENT, "Tessaly Partners", "Quillon Robotics");
        e.requireFact(FactType.INVESTMENT, "Brine Capital", "Quillon Robotics");
    }

    @Test
    void theActiveVerbBeforeTheRound() {
        x("Harrow Growth spearheaded the $7 million seed round in Pellucid Health.")
                .requireFact(FactType.INVESTMENT, "Harrow Growth", "Pellucid Health");
    }

    @Test
    void anAnchorInvestor() {
        x("Dunmore Foods has raised $5 million in seed funding anchored by Saltmarsh Ventures.")
                .requireFact(FactType.INVESTMENT, "Saltmarsh Ventures", "Dunmore Foods");
    }

    @Test
    void spearheadingSomethingElseIsNoInvestment() {
        Extracted e = x("Vantrix Labs raised $12 million last week. Index Ventures spearheaded the search for a new "
                + "chief executive.");
        assertTrue(e.fact(FactType.INVESTMENT, "Index Ventures", "Vantrix Labs").isEmpty(), e.describeFacts());
    }
}
