package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "It was acquired by X": the pronoun opening a passive stands for the company the sentence before opens on. Texts written here. */
class PassivePronounObjectsTest {
    @Test
    void acquiredCompanyToldTheSentenceBefore() {
        Extracted x = Extracted.of("Quartzline Systems makes sensors. It was acquired by Tessor Labs for $40 million last year.",
                "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Tessor Labs", "Quartzline Systems");
    }

    @Test
    void foundedAndBackedCompanyToldTheSentenceBefore() {
        Extracted x = Extracted.of("Quartzline Systems makes sensors. It was founded by Helena Berdt in 2015.", "2025-01-01");
        x.requireFact(FactType.FOUNDED, "Helena Berdt", "Quartzline Systems");
        Extracted y = Extracted.of("Quartzline Systems makes sensors. It is backed by Gorse Capital.", "2025-01-01");
        y.requireFact(FactType.INVESTMENT, "Gorse Capital", "Quartzline Systems");
    }

    @Test
    void noCompanyOpeningTheSentenceBeforeGivesNone() {
        Extracted x = Extracted.of("Shares rose 4% in early trading on Monday. It was acquired by Tessor Labs, analysts said.",
                "2025-01-01");
        assertTrue(x.describeFacts().isEmpty() || !x.describeFacts().contains("ACQUISITION"), x.describeFacts());
    }
}
