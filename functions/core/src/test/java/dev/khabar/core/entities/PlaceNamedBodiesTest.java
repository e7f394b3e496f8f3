package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** One capitalized word before a known place names a body of that place ("Digital Dubai"). Texts written here. */
class PlaceNamedBodiesTest {
    @Test
    void aWordBeforeACityNamesTheAgency() {
        Extracted x = Extracted.of("Smart Dubai signed an agreement with Corvana Labs.", "2025-01-01");
        x.requireFact(FactType.PARTNERSHIP, "Smart Dubai", "Corvana Labs");
        assertTrue(x.entity("Dubai").isEmpty(), x.names());
    }

    @Test
    void aWordBeforeACountryNamesTheAgencyAfterATitle() {
        Extracted x = Extracted.of("The agreement was signed by Hamad Obaid Al Mansoori, director general of Digital Dubai, "
                + "and Corvana Labs.", "2025-01-01");
        assertTrue(x.hasTitleByAlias("Hamad Obaid Al Mansoori", "Digital Dubai"), x.describeFacts());
        Extracted y = Extracted.of("Paris Saint-Germain signed a sponsorship deal with Visit Rwanda.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Visit Rwanda").type(), y.names());
    }

    @Test
    void openersAndPlacesAfterInStayPlaces() {
        Extracted x = Extracted.of("Outside Dubai, Velmora Homes is building 300 villas.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Dubai").type(), x.names());
        Extracted y = Extracted.of("Yesterday Dubai announced new visa rules.", "2025-01-01");
        assertEquals(EntityType.LOCATION, y.requireEntity("Dubai").type(), y.names());
        Extracted z = Extracted.of("The Dubai-based startup Fintro raised $5 million.", "2025-01-01");
        assertEquals(EntityType.LOCATION, z.requireEntity("Dubai").type(), z.names());
    }
}
