package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** A name before "province", "region", "district" written small is a place. Texts written here. */
class RegionKindsTest {
    @Test
    void aProvinceAndARegion() {
        Extracted x = Extracted.of("Velmora Homes is building 300 villas in the Eastern Cape province.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Eastern Cape").type(), x.names());
        Extracted y = Extracted.of("Ostler Gas operates in the Mena region and in Sub-Saharan Africa.", "2025-01-01");
        assertEquals(EntityType.LOCATION, y.requireEntity("Mena").type(), y.names());
    }

    @Test
    void aDistrictAfterItsState() {
        Extracted x = Extracted.of("Pallava Steel opened a factory in Tamil Nadu's Hosur district.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity("Hosur").type(), x.names());
    }

    @Test
    void aCapitalizedKindIsPartOfTheName() {
        Extracted x = Extracted.of("Ohio State University signed a research agreement with Norvale Robotics.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Ohio State University").type(), x.names());
        Extracted y = Extracted.of("Kivu Mining has a copper mine in the Democratic Republic of Congo.", "2025-01-01");
        assertEquals(EntityType.LOCATION, y.withAlias("Democratic Republic of Congo").type(), y.names());
    }
}
