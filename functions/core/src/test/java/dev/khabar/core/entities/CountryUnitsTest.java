package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Huawei Turkey CEO X": a known company's unit in a country, named before its executive's title. Texts written here. */
class CountryUnitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei Turkey CEO Jason Wu said the network would open in May.|Huawei Turkey|Jason Wu|CEO",
            "Samsung India chief executive Ravi Kumar said sales rose.|Samsung India|Ravi Kumar|CEO",
            "Toyota Europe president Marc Dubois met dealers in Lyon.|Toyota Europe|Marc Dubois|president"})
    void theUnitIsTheEmployer(String text, String unit, String person, String role) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.ORGANIZATION, en.requireEntity(unit).type());
        assertEquals(role, en.requireFact(FactType.ROLE, person, unit).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei and Turkey signed a deal on Monday.|Huawei Turkey",
            "Samsung India sales rose in May.|Samsung India",
            "Toyota said Europe chief Anna Berg would speak.|Toyota Europe"})
    void noTitleRightAfterThePlaceNoUnit(String text, String unit) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertTrue(en.entity(unit).isEmpty(), () -> en.names());
    }
}
