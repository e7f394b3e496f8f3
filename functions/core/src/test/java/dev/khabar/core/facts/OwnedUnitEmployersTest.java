package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "CEO of Siemens subsidiary Siemens Mobility": a parent named before a noun of a unit only describes the unit named
 * after it, which employs the one titled; a unit left unnamed leaves the parent the employer. Texts written here.
 */
class OwnedUnitEmployersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void theNamedUnitEmploys() {
        Extracted e = x("Jane Holt, CEO of Siemens subsidiary Siemens Mobility, said growth was strong.");
        e.requireFact(FactType.ROLE, "Jane Holt", "Siemens Mobility");
        assertTrue(e.fact(FactType.ROLE, "Jane Holt", "Siemens").isEmpty(), e.describeFacts());
    }

    @Test
    void anUnnamedUnitLeavesTheParent() {
        Extracted e = x("Jane Holt, head of the Siemens unit that makes trains, said growth was strong.");
        e.requireFact(FactType.ROLE, "Jane Holt", "Siemens");
    }
}
