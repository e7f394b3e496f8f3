package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A sum raised to date is no round, but the investors it came from invested ("has raised $20 million to date from
 * investors including A and B"); "backers" and "funders" name them as "investors" does, with a word describing them
 * ("notable backers like A"). Texts written here.
 */
class InvestorsOfSummedRoundsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void investorsOfASumToDate() {
        Extracted e = x("Brevora has raised $20 million to date from investors including Orchid Capital and Maple Labs.");
        e.requireFact(FactType.INVESTMENT, "Orchid Capital", "Brevora");
        e.requireFact(FactType.INVESTMENT, "Maple Labs", "Brevora");
        assertTrue(e.fact(FactType.FUNDING_ROUND, "Brevora", null).isEmpty(), e.describeFacts());
    }

    @Test
    void backersOfASumInTotal() {
        Extracted e = x("Pavonis Energy has raised $31 million in total from backers such as Larkspur Capital, Quarry "
                + "Ventures and Cedar Fund.");
        e.requireFact(FactType.INVESTMENT, "Larkspur Capital", "Pavonis Energy");
        e.requireFact(FactType.INVESTMENT, "Cedar Fund", "Pavonis Energy");
    }

    @Test
    void describedBackersOfMoneyRaised() {
        Extracted e = x("Tidewell raised money from notable backers like Saltmarsh Ventures and Harrow Growth.");
        e.requireFact(FactType.INVESTMENT, "Saltmarsh Ventures", "Tidewell");
        e.requireFact(FactType.INVESTMENT, "Harrow Growth", "Tidewell");
    }

    @Test
    void lendersOfLoansSoFarInvestNothing() {
        Extracted e = x("Tidewell has secured $4 million in loans so far from lenders including Orrin Bank.");
        assertTrue(e.fact(FactType.INVESTMENT, "Orrin Bank", "Tidewell").isEmpty(), e.describeFacts());
    }
}
