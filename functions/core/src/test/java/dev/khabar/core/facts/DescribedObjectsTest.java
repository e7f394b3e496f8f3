package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "the spinoff of eye care unit Alcon": a preposition before a description written small governs the name after it,
 * so that name is no sentence's doer for "the company" after it. Texts written here.
 */
class DescribedObjectsTest {
    @Test
    void theCompanyAfterASentenceEndingOnADescribedObjectIsTheDoer() {
        Extracted x = Extracted.of("Novartis said it would cut jobs. Much of that is due to the planned spinoff of eye care "
                + "unit Alcon. The Basel-based company said it is cutting 1,700 jobs in Switzerland.", "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Novartis", null);
        assertTrue(x.fact(FactType.LAYOFF, "Alcon", null).isEmpty(), x.describeFacts());
    }

    @Test
    void aPossessiveInsideTheDescriptionToo() {
        Extracted x = Extracted.of("Harlow Group reported a loss. It blamed the sale of its payments unit Kora. The company "
                + "will lay off 300 workers.", "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Harlow Group", null);
    }

    @Test
    void aDescribedSubjectIsStillTheDoer() {
        Extracted x = Extracted.of("Harlow Group reported a loss. Payments unit Kora said it was growing. The company will "
                + "lay off 300 workers.", "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Kora", null);
    }
}
