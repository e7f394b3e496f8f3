package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Doe is being replaced as CEO of Acme by Roe", "Doe, Acme's CEO, will be replaced by Roe", "Doe will step down as
 * Acme's CEO and be replaced by Roe", "Acme said its CEO, Doe, would retire and be succeeded by Roe": the successor takes
 * the post the one replaced leaves. Texts written here.
 */
class PassiveSuccessionsTest {
    private static void succession(String text) {
        Extracted en = Extracted.of(text, "2025-05-05");
        assertEquals("CEO", en.requireFact(FactType.EMPLOYMENT_START, "Tom Reed", "Acme Robotics").role());
        assertEquals("CEO", en.requireFact(FactType.EMPLOYMENT_END, "Jane Roe", "Acme Robotics").role());
    }

    @Test
    void thePostBetweenTheVerbAndItsBy() {
        succession("Jane Roe is being replaced as CEO of Acme Robotics by Tom Reed.");
    }

    @Test
    void theOneReplacedNamedWithHerPost() {
        succession("Jane Roe, Acme Robotics' CEO, will be replaced by Tom Reed.");
    }

    @Test
    void aDepartureJoinedByAnd() {
        succession("Jane Roe will step down as Acme Robotics' CEO at the end of the year and be replaced by Tom Reed.");
    }

    @Test
    void aDepartureJoinedByAndAfterTheCompanysReport() {
        succession("Acme Robotics said its chief executive, Jane Roe, would retire in March and be succeeded by Tom Reed.");
        succession("Acme Robotics said on Monday that CEO Jane Roe will step down and be replaced by Tom Reed.");
    }

    @Test
    void aCompanyJoinedByAndIsNoOneReplaced() {
        Extracted en = Extracted.of("Acme Robotics hired Jane Roe last year and was later bought by Tom Reed.", "2025-05-05");
        assertTrue(en.fact(FactType.EMPLOYMENT_START, "Tom Reed", "Acme Robotics").isEmpty(), en.describeFacts());
    }

    @Test
    void noSuccessorNamedNoHire() {
        Extracted en = Extracted.of("Jane Roe will step down as Acme Robotics' CEO and be replaced by an interim committee.",
                "2025-05-05");
        en.requireFact(FactType.EMPLOYMENT_END, "Jane Roe", "Acme Robotics");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START), en.describeFacts());
    }
}
