package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** One who takes a person's place, or whose age stands between commas, is a person, whatever the name. Texts written here. */
class SuccessorsAndAgesTest {
    @Test
    void replacingSomeoneInAPost() {
        Extracted x = Extracted.of("Nwala Adeyemi replaced Kofi Mensah as managing director of Volta Cement.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Nwala Adeyemi", "Volta Cement");
        Extracted y = Extracted.of("Kestrel Bank named Obi Nwankwo to replace Tariq Osei as chief executive.", "2025-01-01");
        y.requireFact(FactType.EMPLOYMENT_START, "Obi Nwankwo", "Kestrel Bank");
    }

    @Test
    void succeedingSomeoneWhoLeftAndAnAge() {
        Extracted x = Extracted.of("Olamide Bakare succeeds Chidi Okafor, who retired in March.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Olamide Bakare").type(), x.names());
        Extracted y = Extracted.of("Obiageli Eze, 45, was previously head of sales at Dangote Sugar.", "2025-01-01");
        assertEquals(EntityType.PERSON, y.requireEntity("Obiageli Eze").type(), y.names());
    }

    @Test
    void companiesTakingACompanysPlaceStayCompanies() {
        Extracted x = Extracted.of("Nexar Cloud succeeded Orbis Data as the largest provider in Kenya.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Nexar Cloud").type(), x.names());
        Extracted y = Extracted.of("Harwood Lacey replaced Kelso Partners as auditor of Marlin Bank.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Harwood Lacey").type(), y.names());
        Extracted z = Extracted.of("Velox Motors, 12, and Tenby Insurance, 14, led the index.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, z.requireEntity("Tenby Insurance").type(), z.names());
    }
}
