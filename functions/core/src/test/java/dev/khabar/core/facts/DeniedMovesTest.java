package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A move the sentence denies or tells as refused is no hire or departure, nor a post held. Texts written here. */
class DeniedMovesTest {
    private static void noFacts(String text) {
        Extracted en = Extracted.of(text, "2025-05-05");
        assertTrue(en.document().facts().isEmpty(), en.describeFacts());
    }

    @Test
    void didNotJoinAsATitle() {
        noFacts("Jane Roe did not join Acme Robotics as CFO.");
    }

    @Test
    void turnedDownAnOfferToJoin() {
        noFacts("Jane Roe turned down an offer to join Acme Robotics as CFO.");
        noFacts("Jane Roe declined to join Acme Robotics.");
    }

    @Test
    void deniedReportsThatShedLeave() {
        noFacts("Acme Robotics denied reports that Jane Roe would leave the company.");
    }

    @Test
    void aMoveToldPlainlyStands() {
        Extracted en = Extracted.of("Jane Roe joined Acme Robotics as CFO, the company said, denying she had been fired.",
                "2025-05-05");
        assertEquals("CFO", en.requireFact(FactType.EMPLOYMENT_START, "Jane Roe", "Acme Robotics").role());
    }
}
