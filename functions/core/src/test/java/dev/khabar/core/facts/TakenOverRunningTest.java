package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A person who "took over" a company with no price told took over its running: a hire, no takeover. Texts written here. */
class TakenOverRunningTest {
    @Test
    void aPersonTakingOverACompanyStartsThere() {
        Extracted x = Extracted.of("Helena Vosk took over Gorse Capital in January after Bram Olsen retired.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Helena Vosk", "Gorse Capital");
        assertTrue(x.fact(FactType.ACQUISITION, "Helena Vosk", "Gorse Capital").isEmpty(), x.describeFacts());
    }

    @Test
    void anAgedApposedPersonTakingOver() {
        Extracted x = Extracted.of("Peter Loor, 70, took over Halden Motors on December 1, 2009 as it prepared for a restructuring.",
                "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Peter Loor", "Halden Motors");
    }

    @Test
    void aPricedTakeoverOrACompanysStaysAnAcquisition() {
        Extracted x = Extracted.of("Peter Loor took over Halden Motors for $44 billion in October.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Peter Loor", "Halden Motors");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, "Peter Loor", "Halden Motors").isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("Halden Motors took over Brisko Labs in 2009.", "2025-01-01");
        y.requireFact(FactType.ACQUISITION, "Halden Motors", "Brisko Labs");
    }
}
