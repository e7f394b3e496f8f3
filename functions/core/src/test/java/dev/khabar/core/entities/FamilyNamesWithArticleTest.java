package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A family name written with the small hyphened article after given names ("al-Qassim", "al-Ahsa") is the person's,
 * though the same word names a known place; after a lowercase word or a noun of construct it stays the place.
 * Texts written here.
 */
class FamilyNamesWithArticleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"Margins held,\" said Tariq Salem al-Qassim, the lender's finance director.|Tariq Salem al-Qassim",
            "The board named Mona el-Jouf as its new chair.|Mona el-Jouf"})
    void theFamilyNameIsThePersons(String text, String person) {
        Extracted e = Extracted.of(text, "2024-07-01");
        assertEquals(EntityType.PERSON, e.requireEntity(person).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The dairy will build a plant in al-Qassim next year.|Al-Qassim",
            "Its warehouse in Ras al-Khaimah opened in March.|Ras Al Khaimah"})
    void thePlaceStaysAPlace(String text, String place) {
        Extracted e = Extracted.of(text, "2024-07-01");
        assertEquals(EntityType.LOCATION, e.requireEntity(place).type(), e.names());
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.PERSON), e.names());
    }
}
