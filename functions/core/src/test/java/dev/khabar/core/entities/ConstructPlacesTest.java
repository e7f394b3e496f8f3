package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cape, a mountain or a valley is a place; a known firm's one-word name after "Ras al-" is the second half of its name. */
class ConstructPlacesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The resort at Umm al-Zain will open next year, Zarvel Hotels said.|Zain",
            "Dorvan Build signed a contract for the port of Ras al-Masdar.|Masdar"})
    void aFirmsNameInsideAPlaceIsNoFirm(String text, String firm) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(firm).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hikers crowded Jebel Sarwan before the storm, Talvo Tours said.|Jebel Sarwan",
            "The resort at Wadi al-Zain will open next year, Zarvel Hotels said.|Wadi al-Zain"})
    void aCapeOrAMountainIsAPlace(String text, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity(place).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zain opened two stores in Kuwait City last month.|Zain",
            "The deal with Masdar was signed in Abu Dhabi.|Masdar"})
    void theFirmNamedAloneStays(String text, String firm) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(firm).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Umm Nasser said the bakery would hire ten more people.|Umm Nasser"})
    void aMothersNameIsNoPlace(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isEmpty() || x.requireEntity(name).type() != EntityType.LOCATION, x.names());
    }
}
