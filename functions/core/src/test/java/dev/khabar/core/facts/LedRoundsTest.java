package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Sequoia led the $45 million Series C in Acme", "X led Acme's round": Acme raises, its leader invests. Texts written here. */
class LedRoundsTest {
    @Test
    void theRoundInTheCompanyNamedAfterIt() {
        Extracted en = Extracted.of("News\nSequoia Capital led the $45 million Series C in Acme Robotics.", "2025-05-05");
        assertEquals(45_000_000L, en.requireFact(FactType.FUNDING_ROUND, "Acme Robotics", null).amount().value().longValue());
        en.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Acme Robotics");
        assertTrue(en.fact(FactType.FUNDING_ROUND, "Sequoia Capital", null).isEmpty(), en.describeFacts());
    }

    @Test
    void theLeaderOfAPossessedRoundInvests() {
        Extracted en = Extracted.of("News\nSequoia Capital led Acme's $45 million Series C.", "2025-05-05");
        en.requireFact(FactType.FUNDING_ROUND, "Acme", null);
        en.requireFact(FactType.INVESTMENT, "Sequoia Capital", "Acme");
    }

    @Test
    void aPlaceAfterInIsNoRaiser() {
        Extracted en = Extracted.of("News\nAcme Robotics closed a $45 million round in London.", "2025-05-05");
        en.requireFact(FactType.FUNDING_ROUND, "Acme Robotics", null);
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), en.describeFacts());
    }
}
