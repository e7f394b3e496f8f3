package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * One who serves as, holds the post of, or is actively named to a title is a person, whatever the given name.
 * Texts written here.
 */
class PostHoldersTest {
    @Test
    void servedAsATitleIsAPerson() {
        Extracted x = Extracted.of("Tobin Yarrow previously served as chief technology officer at Quartzline.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Tobin Yarrow", "Quartzline");
        Extracted y = Extracted.of("Tobin Yarrow, serving as chairman and chief executive of Quartzline, oversaw the merger.", "2025-01-01");
        y.requireFact(FactType.ROLE, "Tobin Yarrow", "Quartzline");
    }

    @Test
    void aPostHeldOrTakenOnIsAPersons() {
        Extracted x = Extracted.of("Fenna Loor has held the post of chief executive at Brisko since 2018.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Fenna Loor").type(), x.names());
        Extracted y = Extracted.of("Bram Olsen assumed the position of finance director at Gorse Capital.", "2025-01-01");
        assertEquals(EntityType.PERSON, y.requireEntity("Bram Olsen").type(), y.names());
    }

    @Test
    void activelyNamedToATitleIsAPerson() {
        Extracted x = Extracted.of("Brisko named Fenna Loor chief executive on Tuesday.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Fenna Loor", "Brisko");
        Extracted y = Extracted.of("The board of Ostrava Bank appointed Kasim Duret as its new chairman.", "2025-01-01");
        assertEquals(EntityType.PERSON, y.requireEntity("Kasim Duret").type(), y.names());
    }

    @Test
    void anOfficerByTheVerbBeIsAPerson() {
        Extracted x = Extracted.of("Fenna Loor is chief executive and co-founder of Cobaltic Systems.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Fenna Loor", "Cobaltic Systems");
        Extracted y = Extracted.of("Cobaltic Systems makes sensors. Bram Olsen has been chairman since 2019.", "2025-01-01");
        assertEquals(EntityType.PERSON, y.requireEntity("Bram Olsen").type(), y.names());
    }

    @Test
    void aTitleWordBeforeANounMakesNoOfficer() {
        Extracted x = Extracted.of("Quartz Line is the chief rival of Cobaltic Systems.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Quartz Line").type(), x.names());
        Extracted y = Extracted.of("Quartz Line is the lead sponsor of the Borvane Cup.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Quartz Line").type(), y.names());
    }

    @Test
    void theCompanyBeforeAnotherOnesTitleStaysACompany() {
        Extracted x = Extracted.of("Halden Motors appointed Vantis Rowe chief executive Ines Farrow as chairwoman.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Vantis Rowe").type(), x.names());
    }

    @Test
    void firmsServingOrNamedToAFirmsPostStayFirms() {
        Extracted x = Extracted.of("Marlow Brant served as financial adviser to Tessor Labs on the sale.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Marlow Brant").type(), x.names());
        Extracted y = Extracted.of("Halden Motors appointed Corrie Vane as its auditor last year.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Corrie Vane").type(), y.names());
        Extracted z = Extracted.of("Corran Tide took on the role of a marketplace for local farmers.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, z.requireEntity("Corran Tide").type(), z.names());
    }
}
