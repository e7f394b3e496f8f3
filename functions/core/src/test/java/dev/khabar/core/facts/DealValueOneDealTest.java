package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A buyer of two companies made two deals: a value told after them is the latest one's only. Texts written here. */
class DealValueOneDealTest {
    @Test
    void aSharedBuyerSharesNoValue() {
        Extracted x = Extracted.of("Trovex Holdings bought Melvaro Inc and Quintara Ltd last week. The deal is worth $40 "
                + "million.", "2025-06-01");
        assertNull(x.requireFact(FactType.ACQUISITION, "Trovex Holdings", "Melvaro Inc").amount(), x.describeFacts());
    }
}
