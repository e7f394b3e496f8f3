package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Moves only people make, whatever the given name: poached or hired from a rival, joining from another company or
 * onto a board, becoming or promoted to an officer, appointed "as" one. Texts written here.
 */
class MovedPeopleTest {
    @Test
    void hiredOrPoachedFromARival() {
        Extracted x = Extracted.of("Gorse Capital has hired Fenna Loor from Borvane Group as its head of trading.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Fenna Loor", "Gorse Capital");
        Extracted y = Extracted.of("Gorse Capital has poached Fenna Loor from Borvane Group.", "2025-01-01");
        assertEquals(EntityType.PERSON, y.requireEntity("Fenna Loor").type(), y.names());
    }

    @Test
    void joiningFromAnotherOrOntoABoard() {
        Extracted x = Extracted.of("Fenna Loor joins Gorse Capital from Borvane Group, where she was head of trading.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Fenna Loor", "Gorse Capital");
        Extracted y = Extracted.of("Fenna Loor has joined Gorse Capital's board.", "2025-01-01");
        assertEquals(EntityType.PERSON, y.requireEntity("Fenna Loor").type(), y.names());
    }

    @Test
    void becomingOrPromotedToAnOfficer() {
        Extracted x = Extracted.of("Fenna Loor will become chief executive of Gorse Capital in April.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Fenna Loor", "Gorse Capital");
        Extracted y = Extracted.of("Fenna Loor has been promoted to chief operating officer at Gorse Capital.", "2025-01-01");
        y.requireFact(FactType.EMPLOYMENT_START, "Fenna Loor", "Gorse Capital");
    }

    @Test
    void theAppointmentOfAnOfficer() {
        Extracted x = Extracted.of("Gorse Capital announced the appointment of Fenna Loor as chief executive.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Fenna Loor", "Gorse Capital");
    }

    @Test
    void companiesJoiningIndicesOrNamedAuditorsStayCompanies() {
        Extracted x = Extracted.of("Quartz Line joined the FTSE 100 from the FTSE 250 in March.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Quartz Line").type(), x.names());
        Extracted y = Extracted.of("Halden Motors announced the appointment of Marlow Brant as auditor.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Marlow Brant").type(), y.names());
        Extracted z = Extracted.of("Quartz Line became the chief supplier of Halden Motors.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, z.requireEntity("Quartz Line").type(), z.names());
    }
}
