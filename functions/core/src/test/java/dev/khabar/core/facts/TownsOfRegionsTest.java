package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "based in the Silicon Valley town of Los Gatos": the region only describes the town, which is the seat. Texts
 * written here.
 */
class TownsOfRegionsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void theTownAfterTheRegionIsTheSeat() {
        Extracted e = x("Trovex is headquartered in the Silicon Valley town of Los Gatos.");
        e.requireFact(FactType.LOCATED_IN, "Trovex", "Los Gatos");
        assertTrue(e.fact(FactType.LOCATED_IN, "Trovex", "Silicon Valley").isEmpty(), e.describeFacts());
    }

    @Test
    void aRegionAloneStaysTheSeat() {
        x("Trovex is based in California.").requireFact(FactType.LOCATED_IN, "Trovex", "California");
    }
}
