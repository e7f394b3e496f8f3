package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Kovra, the private equity firm headed by former Halden Partners executive Mira Osei": the company a description
 * apposed to it says is "headed by" someone has that person for head, past a description of the head by an earlier
 * post. Texts written here.
 */
class ApposedHeadsTest {
    @Test
    void theApposedCompanyHasTheHead() {
        Extracted e = Extracted.of("Markets rose on Monday.\nZolix raised $7 million in seed funding led by Kovra, the"
                + " private equity firm headed by former Halden Partners executive Mira Osei. Orvane, a bank headed by Jane"
                + " Roe, grew.", "2024-05-10");
        assertEquals("head", e.requireFact(FactType.ROLE, "Mira Osei", "Kovra").role());
        e.requireFact(FactType.ROLE, "Mira Osei", "Halden Partners");
        assertEquals("head", e.requireFact(FactType.ROLE, "Jane Roe", "Orvane").role());
    }
}
