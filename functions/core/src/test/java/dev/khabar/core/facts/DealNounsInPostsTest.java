package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "head of investment research at X", "an investment executive at X": a deal noun naming a post's field tells no deal,
 * while the same noun told as a firm's own still does. Texts written here.
 */
class DealNounsInPostsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aPostsFieldIsNoInvestment() {
        Extracted head = x("Prices will rise, said Lena Ortiz, head of investment research at Corvel Capital.");
        assertTrue(!head.hasFactOfType(FactType.INVESTMENT), head.describeFacts());
        Extracted exec = x("Lena Ortiz worked for ten years as a senior investment executive at Corvel Capital.");
        assertTrue(!exec.hasFactOfType(FactType.INVESTMENT), exec.describeFacts());
    }

    @Test
    void aFirmsInvestmentStillCounts() {
        x("Corvel Capital made an investment of $8 million in Tarvo Labs.")
                .requireFact(FactType.INVESTMENT, "Corvel Capital", "Tarvo Labs");
    }
}
