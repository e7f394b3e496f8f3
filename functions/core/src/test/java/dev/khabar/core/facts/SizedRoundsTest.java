package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "closed a $20 million round": the bare noun "round" after an indefinite sum is a round of the company that closed it, and the
 * investors named with it go to that company, not to one told before. Texts written here.
 */
class SizedRoundsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aRoundWithItsSizeBelongsToTheOneThatClosedIt() {
        x("Orbitex Aerospace closed a $20 million round in March.").requireFact(FactType.FUNDING_ROUND, "Orbitex Aerospace", null);
    }

    @Test
    void itsInvestorsGoToThatCompanyNotTheOneBefore() {
        Extracted e = x("Tessaro Foods opened a plant in Ohio. Meanwhile, Quantiva Analytics closed a $20 million round "
                + "with participation from Insight Partners and Tiger Global.");
        e.requireFact(FactType.INVESTMENT, "Insight Partners", "Quantiva Analytics");
        e.requireFact(FactType.INVESTMENT, "Tiger Global", "Quantiva Analytics");
        assertTrue(e.fact(FactType.INVESTMENT, "Insight Partners", "Tessaro Foods").isEmpty(), e.describeFacts());
    }

    @Test
    void aLedRoundAfterAnotherRaiseIsItsOwn() {
        Extracted e = x("Nuvexa Energy raised a $15 million round with participation from Accel. Calloway Biotech "
                + "closed a $9 million round led by Benchmark.");
        e.requireFact(FactType.INVESTMENT, "Benchmark", "Calloway Biotech");
        assertTrue(e.fact(FactType.INVESTMENT, "Benchmark", "Nuvexa Energy").isEmpty(), e.describeFacts());
    }

    @Test
    void theSizedRoundIsOneToldBefore() {
        Extracted e = x("Analysts said the $20 million round at Orbitex Aerospace was a sign of the times.");
        assertTrue(e.fact(FactType.FUNDING_ROUND, "Orbitex Aerospace", null).isEmpty(), e.describeFacts());
    }

    @Test
    void aRoundOfSomethingElseIsNoRaise() {
        Extracted e = x("Halvor Steel paid for a $2 million round of golf events for its clients.");
        assertTrue(e.fact(FactType.FUNDING_ROUND, "Halvor Steel", null).isEmpty(), e.describeFacts());
    }
}
