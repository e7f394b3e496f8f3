package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A name after "under", "during", "amid" or "despite" is a prepositional object, not a doer: "Under Lisa Park, Siemens
 * bought …" is Siemens's deal. Texts written here.
 */
class FrontedPhraseDoersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void theNameUnderWhichADealIsDoneDoesNotDoIt() {
        Extracted e = x("Under Lisa Park, Siemens bought a stake in Aetna.");
        e.requireFact(FactType.INVESTMENT, "Siemens", "Aetna");
        assertTrue(e.fact(FactType.INVESTMENT, "Lisa Park", "Aetna").isEmpty(), e.describeFacts());
    }

    @Test
    void aNameAfterDespiteDoesNotDoTheDeal() {
        Extracted e = x("Despite Oracle, Siemens bought a stake in Aetna.");
        assertTrue(e.fact(FactType.INVESTMENT, "Oracle", "Aetna").isEmpty(), e.describeFacts());
    }
}
