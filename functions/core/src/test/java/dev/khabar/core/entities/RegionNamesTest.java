package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A region named by capitalized compass words before a known place is one place, not an organization and a place. */
class RegionNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenwick will use the money to expand into South East Asia next year.|South East Asia",
            "The Velmora plant sits north of Nashville in Middle Tennessee.|Middle Tennessee",
            "Corvik sells its sensors across Western Europe and Canada.|Western Europe"})
    void compassWordsBeforeAKnownPlaceNameARegion(String text, String region) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity(region).type(), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
                && region.startsWith(e.name())), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenwick opened offices in South Korea and South Africa.|South Korea",
            "Velmora moved its headquarters to northern Italy last year.|Italy"})
    void aKnownPlaceWithItsOwnCompassWordStaysAsItIs(String text, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity(place).type(), x.names());
    }
}
