package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A deal told by a noun that the rest of its clause says failed; a bid is an attempt. Texts written here. */
class FailedDealNounsTest {
    private static String status(String text) {
        return Extracted.of(text, "2025-05-05").requireFact(FactType.ACQUISITION, "Corvid Partners", "Brightline").status();
    }

    @Test
    void theAcquisitionFellThrough() {
        assertEquals("failed", status("The acquisition of Brightline by Corvid Partners fell through in March."));
    }

    @Test
    void aDealToBuyCollapsed() {
        assertEquals("failed", status("Corvid Partners' deal to buy Brightline collapsed in March."));
    }

    @Test
    void thePlannedTakeoverWasCalledOff() {
        assertEquals("failed", status("Corvid Partners' planned takeover of Brightline was called off."));
    }

    @Test
    void aBidMadeIsAnAttempt() {
        assertEquals("attempted", status("Corvid Partners made a bid for Brightline."));
    }

    @Test
    void aFailureOfSomethingElseInTheClauseLeavesTheDealDone() {
        assertNull(status("The acquisition of Brightline by Corvid Partners closed after its shares fell."));
        assertNull(status("The acquisition of Brightline by Corvid Partners, whose earlier deal collapsed, closed on Monday."));
        assertNull(status("The acquisition of Brightline by Corvid Partners closed on Monday and the rival offer from "
                + "Halsey collapsed."));
    }
}
