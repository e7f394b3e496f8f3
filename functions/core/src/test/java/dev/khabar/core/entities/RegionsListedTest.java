package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Provinces, states and counties named bare are places; companies named after them stay companies. Texts written here. */
class RegionsListedTest {
    @Test
    void provincesAndStatesArePlaces() {
        Extracted x = Extracted.of("Velmora Homes has projects in KwaZulu-Natal and Gujarat.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("KwaZulu-Natal").type(), x.names());
        assertEquals(EntityType.LOCATION, x.requireEntity("Gujarat").type(), x.names());
    }

    @Test
    void aCountyBeforeAFirmNounIsNoFounder() {
        Extracted x = Extracted.of("The Berkshire firm was founded in 1976 by Brian Keller.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Berkshire").type(), x.names());
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.FOUNDED), x.describeFacts());
    }

    @Test
    void companiesNamedAfterARegionStayCompanies() {
        Extracted x = Extracted.of("Hampshire Trust Bank hired Jane Kerr as chief executive.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Jane Kerr", "Hampshire Trust Bank");
        Extracted y = Extracted.of("Surrey Satellite Technology won a contract from the European Space Agency.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Surrey Satellite Technology").type(), y.names());
    }
}
