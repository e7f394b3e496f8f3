package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "A and B left the company": only people leave an employer, so both names are people. Texts written here. */
class LeaversOfAnEmployerTest {
    @Test
    void bothNamesBeforeTheVerbArePeople() {
        Extracted x = Extracted.of("Separately, Brantis's Vardhil Kopraj and Yashil Tandrek left the company in March.",
                "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity("Vardhil Kopraj").type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity("Yashil Tandrek").type(), x.names());
        x.requireFact(FactType.EMPLOYMENT_END, "Vardhil Kopraj", "Brantis");
        x.requireFact(FactType.EMPLOYMENT_END, "Yashil Tandrek", "Brantis");
    }
}
