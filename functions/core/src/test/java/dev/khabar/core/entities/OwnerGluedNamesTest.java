package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** "Halsey-backed Nexar": the owner glued to "-backed", "-owned" opening a sentence is a company. Texts written here. */
class OwnerGluedNamesTest {
    @Test
    void theBackerOpeningTheSentence() {
        Extracted x = Extracted.of("Halsey-backed Nexar Cloud has laid off 50 employees.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Halsey").type(), x.names());
    }

    @Test
    void theOwnerOpeningTheSentence() {
        Extracted x = Extracted.of("Tenzor-owned Velox Motors appointed Jane Kerr as chief executive.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Tenzor").type(), x.names());
    }

    @Test
    void kindsOfOwnerAreNoNames() {
        Extracted x = Extracted.of("State-owned Velox Motors appointed Jane Kerr as chief executive.", "2025-01-01");
        assertTrue(x.entity("State").isEmpty(), x.names());
        Extracted y = Extracted.of("Family-run Dunmore Foods has been sold to Karoo Foods.", "2025-01-01");
        assertTrue(y.entity("Family").isEmpty(), y.names());
    }
}
