package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "will lead engineering at X": the verb before a field, no title; "lead product manager" stays a title. Texts written here. */
class LeadVerbNoTitleTest {
    @Test
    void theVerbLeadBeforeAFieldIsNoTitle() {
        Extracted x = Extracted.of("Mira Okonjo will lead engineering at Trovex Labs.", "2025-06-01");
        assertEquals("head", x.requireFact(FactType.ROLE, "Mira Okonjo", "Trovex Labs").role(), x.describeFacts());
        Extracted y = Extracted.of("Mira Okonjo will head research at Trovex Labs, the company said.", "2025-06-01");
        assertEquals("head", y.requireFact(FactType.ROLE, "Mira Okonjo", "Trovex Labs").role(), y.describeFacts());
        Extracted z = Extracted.of("Mira Okonjo, lead product manager at Trovex Labs, said sales rose.", "2025-06-01");
        assertEquals("lead product manager", z.requireFact(FactType.ROLE, "Mira Okonjo", "Trovex Labs").role(),
                z.describeFacts());
    }
}
