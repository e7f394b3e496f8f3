package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "reduce its workforce by 12%", "trimmed 150 jobs", "made 80 workers redundant": a layoff; reducing costs or a stake,
 * or servers made redundant, is none. Texts written here.
 */
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
    void workersMadeRedundant() {
        Extracted en = Extracted.of("News\nAcme Robotics has made 80 workers redundant.", "2025-05-05");
        assertEquals(80, en.requireFact(FactType.LAYOFF, "Acme Robotics", null).count());
        Extracted other = Extracted.of("News\nOrbit Labs said on Monday it would make 45 employees redundant.", "2025-05-05");
        assertEquals(45, other.requireFact(FactType.LAYOFF, "Orbit Labs", null).count());
    }

    @Test
    void serversOrPostsMadeRedundantAreNoLayoff() {
        Extracted en = Extracted.of("News\nAcme Robotics added redundant servers in Dublin. Orbit Labs said the post of regional "
                + "manager had become redundant.", "2025-05-05");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.LAYOFF), en.describeFacts());
    }

    @Test
    void costsForecastsAndStakesAreNoStaff() {
        Extracted en = Extracted.of("News\nAcme Robotics will reduce costs by 12%. Acme Robotics trimmed its revenue forecast. "
                + "Acme Robotics reduced its stake in Orbit Labs.", "2025-05-05");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.LAYOFF), en.describeFacts());
    }
}
