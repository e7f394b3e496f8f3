package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A name "he" or "she" takes up is a person's, whatever its given name. Texts written here. */
class PronounPeopleTest {
    @Test
    void theNextSentenceOpensOnShe() {
        Extracted x = Extracted.of("Maya Lindqvist has left Kestrel Bank. She had been its chief executive since 2019.",
                "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, "Maya Lindqvist", "Kestrel Bank");
    }

    @Test
    void saidHeAfterTheName() {
        Extracted x = Extracted.of("Obiora Nnadi said he would step down as chairman of Lagos Cement in June.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, "Obiora Nnadi", "Lagos Cement");
    }

    @Test
    void aCompanyBeforeAPersonsPronounStaysACompany() {
        Extracted x = Extracted.of("Brixton Pay hired Tom Hale in March. He was previously at Orbis Systems.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Brixton Pay").type(), x.names());
        Extracted y = Extracted.of("Velmora Homes reported a loss. It said the market was weak.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Velmora Homes").type(), y.names());
    }
}
