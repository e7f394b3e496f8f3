package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "took over the top role", "taken over the helm": a post taken over is no company bought, though a company is named
 * nearby; "took over" with a company as its object stays a takeover. Texts written here.
 */
class PostsTakenOverTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void aPostTakenOverBuysNothing() {
        Extracted e = x("Lisa Park, who once ran sales at Orvia, had taken over the top role by 2019.");
        assertTrue(!e.hasFactOfType(FactType.ACQUISITION), e.describeFacts());
        Extracted f = x("Nadia Osei, once a banker at Barclays, took over the helm last spring.");
        assertTrue(!f.hasFactOfType(FactType.ACQUISITION), f.describeFacts());
    }

    @Test
    void aCompanyTakenOverIsBought() {
        Extracted e = x("Siemens took over Aetna in 2021.");
        e.requireFact(FactType.ACQUISITION, "Siemens", "Aetna");
    }
}
