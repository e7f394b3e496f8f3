package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "reduce its workforce by 12%", "trimmed 150 jobs": a layoff; reducing costs or a stake is none. Texts written here. */
class ReducedWorkforcesTest {
    @Test
    void reduceItsWorkforceByAShare() {
        Extracted en = Extracted.of("News\nAcme Robotics plans to reduce its workforce by 12%.", "2025-05-05");
        en.requireFact(FactType.LAYOFF, "Acme Robotics", null);
    }

    @Test
    void trimmedJobsCounted() {
        Extracted en = Extracted.of("News\nAcme Robotics trimmed 150 jobs in Ohio.", "2025-05-05");
        assertEquals(150, en.requireFact(FactType.LAYOFF, "Acme Robotics", null).count());
    }

    @Test
    void reducingStaffWithItsCount() {
        Extracted en = Extracted.of("News\nAcme Robotics is reducing staff by about 5%, or 400 employees.", "2025-05-05");
        assertEquals(400, en.requireFact(FactType.LAYOFF, "Acme Robotics", null).count());
    }

    @Test
    void costsForecastsAndStakesAreNoStaff() {
        Extracted en = Extracted.of("News\nAcme Robotics will reduce costs by 12%. Acme Robotics trimmed its revenue forecast. "
                + "Acme Robotics reduced its stake in Orbit Labs.", "2025-05-05");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.LAYOFF), en.describeFacts());
    }
}
