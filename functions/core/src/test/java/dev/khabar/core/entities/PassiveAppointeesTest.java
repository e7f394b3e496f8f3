package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Whoever a passive appointment puts in a post is a person, whatever the shape of the name. Texts written here. */
class PassiveAppointeesTest {
    @Test
    void initialsThenASurnameAppointedChiefExecutive() {
        Extracted x = Extracted.of("NS Ramesh was appointed chief executive of Hilltop Finance.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "NS Ramesh", "Hilltop Finance");
    }

    @Test
    void unknownGivenNamesNamedOrElected() {
        Extracted x = Extracted.of("Lip-Wai Chen was named chief executive of Corvane.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Lip-Wai Chen", "Corvane");
        Extracted y = Extracted.of("Oyelaran Adebayo has been appointed as the new managing director of Ikeja Power.", "2025-01-01");
        y.requireFact(FactType.EMPLOYMENT_START, "Oyelaran Adebayo", "Ikeja Power");
    }

    @Test
    void firmsAppointedAdviserOrAuditorStayFirms() {
        Extracted x = Extracted.of("Harwood Lacey was appointed financial adviser to Harlow Mining on the deal.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Harwood Lacey").type(), x.names());
        Extracted y = Extracted.of("Kelso Partners was appointed as auditor of Marlin Bank.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Kelso Partners").type(), y.names());
        Extracted z = Extracted.of("Saltmarsh Group was named supplier of the year by Ovida Motors.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, z.requireEntity("Saltmarsh Group").type(), z.names());
    }
}
