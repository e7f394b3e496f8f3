package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The places a company's sites are in ("operations in X and Y", "a plant in X") and towns named after a known place. */
class SitePlacesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvane has operations in Ruskton and Pemberly.|Ruskton",
            "Corvane has operations in Ruskton and Pemberly.|Pemberly",
            "The parts are manufactured in Haldwick by a partner.|Haldwick",
            "Talbex runs a plant in Oskerby that employs 300.|Oskerby"})
    void theTownOfASiteIsAPlace(String text, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity(place).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AstraZeneca has staff in Fort Washington and Boston.|Fort Washington",
            "The resort sits on Lake Geneva near the border.|Lake Geneva",
            "Troops left Fort Texas in May.|Fort Texas"})
    void aPrefixBeforeAKnownPlaceNamesAnotherPlace(String text, String place) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.requireEntity(place).type(), x.names());
    }
}
