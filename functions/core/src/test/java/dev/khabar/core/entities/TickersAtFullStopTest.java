package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "a stake in Sharjah-based freight firm Telvo TLVO.DU.": a wire story's ticker right before the full stop is no name of
 * its own; initials such as "U.S." stay what they are. Texts written here.
 */
class TickersAtFullStopTest {
    @Test
    void aTickerBeforeTheFullStopIsNoEntity() {
        Extracted e = Extracted.of("Markets rose on Monday.\nZarin Bank said it took a 12% stake in Sharjah-based freight firm Telvo"
                + " TLVO.DU. Sales in the U.S. grew.", "2024-05-10");
        assertTrue(e.entity("TLVO.DU").isEmpty(), e.names());
        e.requireFact(FactType.INVESTMENT, "Zarin Bank", "Telvo");
        e.requireEntity("United States");
    }
}
