package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "the Series B round for X was led by Y": the company after "for" raised the round. Texts written here. */
class RoundsForACompanyTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theCompanyAfterForRaisedTheRound() {
        Extracted e = x("The Series B round for Brightwell Robotics was led by Lightspeed Venture Partners.");
        e.requireFact(FactType.FUNDING_ROUND, "Brightwell Robotics", null);
        e.requireFact(FactType.INVESTMENT, "Lightspeed Venture Partners", "Brightwell Robotics");
        Extracted co = x("A $20 million funding round for Orbitex Aerospace was co-led by Accel and Index Ventures.");
        co.requireFact(FactType.INVESTMENT, "Accel", "Orbitex Aerospace");
        co.requireFact(FactType.INVESTMENT, "Index Ventures", "Orbitex Aerospace");
    }

    @Test
    void aRoundForAPurposeHasNoSuchOwner() {
        Extracted e = x("The Series B round for expansion in Europe was led by Lightspeed Venture Partners.");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.FUNDING_ROUND), e.describeFacts());
    }
}
