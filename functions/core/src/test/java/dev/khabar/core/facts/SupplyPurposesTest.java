package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Acme signed a five-year deal to supply batteries to Volvo", "agreed to supply": Acme is Volvo's contractor. Texts written here. */
class SupplyPurposesTest {
    @Test
    void aDealToSupply() {
        Extracted en = Extracted.of("News\nAcme Robotics signed a five-year deal to supply batteries to Volvo.", "2025-05-05");
        en.requireFact(FactType.CONTRACT, "Acme Robotics", "Volvo");
    }

    @Test
    void agreedToSupplyWithItsPrice() {
        Extracted en = Extracted.of("News\nAcme Robotics agreed to supply batteries to Volvo under a $2 billion deal.",
                "2025-05-05");
        assertEquals(2_000_000_000L, en.requireFact(FactType.CONTRACT, "Acme Robotics", "Volvo").amount().value().longValue());
    }

    @Test
    void noCompanyToSupplyNoContract() {
        Extracted en = Extracted.of("News\nAcme Robotics wants to supply aid to Ukraine.", "2025-05-05");
        assertTrue(en.document().facts().isEmpty(), en.describeFacts());
    }
}
