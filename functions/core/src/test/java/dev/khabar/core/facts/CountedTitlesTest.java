package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "its first chief marketing officer", "Acme's fifth CEO": an ordinal counts the holders, the title is the post. */
class CountedTitlesTest {
    @Test
    void itsFirstChiefMarketingOfficer() {
        Extracted en = Extracted.of("Acme Robotics brought in Jane Roe as its first chief marketing officer.", "2025-05-05");
        assertEquals("CMO", en.requireFact(FactType.EMPLOYMENT_START, "Jane Roe", "Acme Robotics").role());
    }

    @Test
    void theCompanysFifthChief() {
        Extracted en = Extracted.of("Tom Reed, who replaces Jane Roe, becomes Acme Robotics' fifth CEO.", "2025-05-05");
        assertEquals("CEO", en.requireFact(FactType.EMPLOYMENT_START, "Tom Reed", "Acme Robotics").role());
    }

    @Test
    void anOrdinalBeforeNoTitleTakesNone() {
        Extracted en = Extracted.of("Acme Robotics hired Jane Roe as its first employee in Ohio.", "2025-05-05");
        assertTrue(en.fact(FactType.EMPLOYMENT_START, "Jane Roe", "Acme Robotics").map(f -> f.role() == null).orElse(true),
                en.describeFacts());
    }
}
