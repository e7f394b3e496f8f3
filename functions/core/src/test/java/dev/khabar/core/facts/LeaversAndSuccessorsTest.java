package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "the departure of X": the leaver is named after the noun, not before it; "appoints a successor to X": nobody named
 * is hired. Texts written here.
 */
class LeaversAndSuccessorsTest {
    @Test
    void theLeaverIsTheOneNamedAfterTheNoun() {
        Extracted x = Extracted.of("Pemberly Freight promoted CFO Ada Nunes to chief executive, after the departure of "
                + "Tom Brierley in March.", "2024-05-02");
        x.requireFact(FactType.EMPLOYMENT_END, "Tom Brierley", "Pemberly Freight");
        assertTrue(x.fact(FactType.EMPLOYMENT_END, "Ada Nunes", "Pemberly Freight").isEmpty(), x.describeFacts());
    }

    @Test
    void anUnnamedSuccessorIsNoHire() {
        Extracted x = Extracted.of("Ada Nunes stays in charge until Rinaldo Trust’s board appoints a permanent "
                + "successor to Tom Brierley.", "2024-05-02");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, "Tom Brierley", "Rinaldo Trust").isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("Rinaldo Trust will name a replacement for Tom Brierley in June.", "2024-05-02");
        assertTrue(y.fact(FactType.EMPLOYMENT_START, "Tom Brierley", "Rinaldo Trust").isEmpty(), y.describeFacts());
    }
}
