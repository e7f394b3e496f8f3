package dev.khabar.store.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentVersionTest {
    static final Instant T = Instant.parse("2025-08-30T10:00:00Z");

    @Test
    void sequencersCompareRightPaddedSoLongerLaterOnesSortAfter() {
        String earlier = DocumentVersion.sequencerOf("0055AED6DCD90281E5", T);
        String later = DocumentVersion.sequencerOf("0055AED6DCD90281E501", T);
        String laterStill = DocumentVersion.sequencerOf("0055aed6dcd90281e6", T);
        assertTrue(earlier.compareTo(later) < 0);
        assertTrue(later.compareTo(laterStill) < 0);
        assertEquals(DocumentVersion.SEQUENCER_WIDTH, earlier.length());
        assertEquals(laterStill, DocumentVersion.sequencerOf("0055AED6DCD90281E6", T), "case does not matter");
    }

    @Test
    void anEventWithoutSequencerOrdersByItsTime() {
        assertTrue(DocumentVersion.sequencerOf(null, T)
                .compareTo(DocumentVersion.sequencerOf("", T.plusMillis(1))) < 0);
    }

    @Test
    void garbageSequencersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DocumentVersion.sequencerOf("12-34", T));
    }
}
