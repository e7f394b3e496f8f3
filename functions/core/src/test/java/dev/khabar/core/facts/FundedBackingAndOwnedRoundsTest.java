package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Investments told as "was funded by A and B" or "A is backing B", and a round told as "Acme's $40 million round";
 * "well-funded", "the backing of" and a project funded by someone are none. Texts written here.
 */
class FundedBackingAndOwnedRoundsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void fundedByNamesTheInvestors() {
        Extracted e = x("We met Tarvo Labs in 2016, soon after it was funded by Kellan Ventures and Birch Partners.");
        e.requireFact(FactType.INVESTMENT, "Kellan Ventures", "Tarvo Labs");
        e.requireFact(FactType.INVESTMENT, "Birch Partners", "Tarvo Labs");
    }

    @Test
    void progressiveBackingIsAnInvestment() {
        x("Kellan Ventures is backing Tarvo Labs together with two other funds.")
                .requireFact(FactType.INVESTMENT, "Kellan Ventures", "Tarvo Labs");
    }

    @Test
    void adjectivesAndNounsOfFundingAreNone() {
        Extracted well = x("Tarvo Labs, the well-funded Chilean startup, hired Kellan Ventures.");
        assertTrue(!well.hasFactOfType(FactType.INVESTMENT), well.describeFacts());
        Extracted noun = x("Tarvo Labs won the strong backing of Kellan Ventures for its plan.");
        assertTrue(!noun.hasFactOfType(FactType.INVESTMENT), noun.describeFacts());
        Extracted active = x("Kellan Ventures funded the Tarvo Labs merger.");
        assertTrue(!active.hasFactOfType(FactType.INVESTMENT), active.describeFacts());
    }

    @Test
    void aPossessedSumBeforeRoundIsTheOwnersRound() {
        Extracted e = x("Kellan Ventures led drone maker Tarvo Mobility’s $60 million round in May 2021.");
        e.requireFact(FactType.FUNDING_ROUND, "Tarvo Mobility", null);
        e.requireFact(FactType.INVESTMENT, "Kellan Ventures", "Tarvo Mobility");
        Extracted big = x("Both joined payments group Orvane’s giant $3 billion round in 2020.");
        big.requireFact(FactType.FUNDING_ROUND, "Orvane", null);
    }

    @Test
    void aSumWithNoOwnerBeforeRoundIsNoNewRound() {
        Extracted e = x("The $60 million round closed in May, Kellan Ventures said.");
        assertTrue(!e.hasFactOfType(FactType.FUNDING_ROUND), e.describeFacts());
    }
}
