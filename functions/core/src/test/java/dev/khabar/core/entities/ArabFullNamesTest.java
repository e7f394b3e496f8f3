package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A given name, the father's (and grandfather's) name, then "Al" and the family: an Arab person's full name. */
class ArabFullNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The board chairman, Hamad Abdul Rahman Al Ketbi, said the plan was on track.|Hamad Abdul Rahman Al Ketbi",
            "He will succeed Tarek Abdulaziz Al-Hamed Al-Mansouri as finance chief.|Tarek Abdulaziz Al-Hamed Al-Mansouri",
            "Nasser Saeed Al Mazrouei told reporters the plant would open soon.|Nasser Saeed Al Mazrouei"})
    void aFullNameClosedByTheFamilyIsAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Khalid Omar Al Sabah Holdings bought the tower in March.|Khalid Omar Al Sabah Holdings"})
    void aCompanyNamedAfterTheFamilyStaysACompany(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertNotEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }
}
