package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Words describing a firm between the article of its apposition and its place ("X, a young Bergen-based maker") still
 * let the place locate the firm; a place-based noun that is no apposition of a name locates nothing. Texts written here.
 */
class DescribedPlacedFirmsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void anAdjectiveBeforeThePlaceKeepsTheApposition() {
        Extracted e = x("Nordvik, a young Bergen-based software maker, raised $5 million.");
        e.requireFact(FactType.LOCATED_IN, "Nordvik", "Bergen");
    }

    @Test
    void aPlacedObjectOfAVerbLocatesNoName() {
        Extracted e = x("Nordvik, which sold a Bergen-based software maker, raised $5 million.");
        assertTrue(e.fact(FactType.LOCATED_IN, "Nordvik", "Bergen").isEmpty(), e.describeFacts());
        Extracted f = x("Nordvik bought a stake in a small Bergen-based software maker.");
        assertTrue(f.fact(FactType.LOCATED_IN, "Nordvik", "Bergen").isEmpty(), f.describeFacts());
    }
}
