package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Those named after "alongside", "along with" or "together with" the company invested in put money in it too. Texts
 * written here.
 */
class CoInvestorsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void alongWithExistingInvestors() {
        Extracted e = x("Cedar Fund is backing Brevora along with existing investors Orchid Capital and Maple Labs.");
        e.requireFact(FactType.INVESTMENT, "Cedar Fund", "Brevora");
        e.requireFact(FactType.INVESTMENT, "Orchid Capital", "Brevora");
        e.requireFact(FactType.INVESTMENT, "Maple Labs", "Brevora");
    }

    @Test
    void alongsideAfterThePastTense() {
        Extracted e = x("Larkspur Capital invested in Pellucid Health alongside Quarry Ventures last spring.");
        e.requireFact(FactType.INVESTMENT, "Quarry Ventures", "Pellucid Health");
    }

    @Test
    void togetherWithAFellowBackerAfterAStake() {
        x("Saltmarsh Ventures took a stake in Tidewell together with fellow backer Harrow Growth.")
                .requireFact(FactType.INVESTMENT, "Harrow Growth", "Tidewell");
    }

    @Test
    void aLoanAlongsideIsNoCoInvestor() {
        Extracted e = x("Cedar Fund invested in Brevora alongside a $5 million loan from Orrin Bank.");
        assertTrue(e.fact(FactType.INVESTMENT, "Orrin Bank", "Brevora").isEmpty(), e.describeFacts());
    }

    @Test
    void aPlanAlongsideIsNoCoInvestor() {
        Extracted e = x("Cedar Fund invested in Brevora alongside its push into Egypt with Orrin Group.");
        assertTrue(e.fact(FactType.INVESTMENT, "Orrin Group", "Brevora").isEmpty(), e.describeFacts());
    }
}
