package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "X acqui-hired Y": a takeover for the team, an acquisition all the same. Texts written here. */
class AcquiHiresTest {
    @Test
    void anAcquiHireIsAnAcquisition() {
        Extracted.of("Last week Tumblr acqui-hired Denver-based startup Stackly, which builds chat tools.", "2024-06-10")
                .requireFact(FactType.ACQUISITION, "Tumblr", "Stackly");
        Extracted.of("On Monday, Orbita Labs acquihired Norland Apps, a maker of chat tools.", "2024-06-10")
                .requireFact(FactType.ACQUISITION, "Orbita Labs", "Norland Apps");
    }

    @Test
    void hiringAloneTakesNothingOver() {
        Extracted x = Extracted.of("Tumblr hired two engineers from Stackly.", "2024-06-10");
        assertTrue(x.fact(FactType.ACQUISITION, "Tumblr", "Stackly").isEmpty(), x.describeFacts());
    }
}
