package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A deal the sentence denies happened is no fact; "not only" affirms it. Texts written here. */
class DeniedDealsTest {
    @Test
    void didNotAcquire() {
        Extracted en = Extracted.of("Marlow Group did not acquire Tessel, its spokesperson said.", "2025-05-05");
        assertTrue(en.fact(FactType.ACQUISITION, "Marlow Group", "Tessel").isEmpty(), en.describeFacts());
    }

    @Test
    void hasNotYetInvestedAndNeverBought() {
        Extracted en = Extracted.of("Marlow Group has not yet invested in Tessel. Orvane never bought Kestrix.", "2025-05-05");
        assertTrue(en.document().facts().isEmpty(), en.describeFacts());
    }

    @Test
    void arabicParticlesDenyTheVerbAfterThem() {
        Extracted ar = Extracted.of("لم تستثمر شركة مارلو في شركة تيسل حتى الآن. ولن تستحوذ شركة أورفان على شركة كيستركس.",
                "2025-05-05");
        assertTrue(ar.document().facts().isEmpty(), ar.describeFacts());
    }

    @Test
    void notOnlyAndAnAsideAffirmTheDeal() {
        Extracted.of("Marlow Group not only acquired Tessel but also hired its founders.", "2025-05-05")
                .requireFact(FactType.ACQUISITION, "Marlow Group", "Tessel");
        Extracted.of("Marlow Group, which did not disclose terms, acquired Tessel.", "2025-05-05")
                .requireFact(FactType.ACQUISITION, "Marlow Group", "Tessel");
    }
}
