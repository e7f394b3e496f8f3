package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * The doer and date of a deal around asides: an agent's owner before "'s" only describes it; a relative "that" inside
 * an aside after the name opens no clause; a participle opening the sentence dates itself only. Texts written here.
 */
class AsidesAndOwnersTest {
    @Test
    void theOwnedCompanyIsTheBuyer() {
        Extracted x = Extracted.of("Pellworth was bought by Ravi Sen’s Ardent Group in 2019.", "2024-05-02");
        x.requireFact(FactType.ACQUISITION, "Ardent Group", "Pellworth");
        assertTrue(x.fact(FactType.ACQUISITION, "Ravi Sen", "Pellworth").isEmpty(), x.describeFacts());
    }

    @Test
    void theNameBeforeAnAsideWithARelativeThatCutsStaff() {
        Extracted x = Extracted.of("Kelvo, a payments firm that raised $50 million last year, has cut 18% of its staff.",
                "2024-05-02");
        assertEquals("2024-05-02", x.requireFact(FactType.LAYOFF, "Kelvo", null).date().value());
    }

    @Test
    void aFrontedFoundingDatesTheFoundingOnly() {
        Extracted x = Extracted.of("Founded in 2006, Pellworth was bought by Ardent Group in 2019 for $90 million.",
                "2024-05-02");
        assertEquals("2019", x.requireFact(FactType.ACQUISITION, "Ardent Group", "Pellworth").date().value());
    }
}
