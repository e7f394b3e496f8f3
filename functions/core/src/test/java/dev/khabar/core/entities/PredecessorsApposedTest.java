package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** "His predecessor at Acme, X, …": the name apposed to a word of succession is a person. Texts written here. */
class PredecessorsApposedTest {
    @Test
    void theApposedNameIsAPerson() {
        Extracted x = Extracted.of("His predecessor at Tarvo Coffee, Vardhil Kopraj, moved to Spain.", "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity("Vardhil Kopraj").type(), x.names());
        Extracted y = Extracted.of("Her successor, Yashil Tandrek, starts in June.", "2024-05-02");
        assertEquals(EntityType.PERSON, y.requireEntity("Yashil Tandrek").type(), y.names());
    }
}
