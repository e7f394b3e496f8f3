package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Surnames written with words that are something else alone: a small "le" ("William le Roux", as "van" or "de") and a
 * capitalized modal after a given name ("Theresa May", "Tom Will"). Texts written here.
 */
class SurnameWordsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He takes over from William le Roux, who has been CEO for three years.|William le Roux",
            "Acme Bank said Jean le Clerc, its chief financial officer, will retire in June.|Jean le Clerc",
            "Former chancellor Philip Hammond served under Theresa May, the company said.|Theresa May",
            "Analysts said Tom Will left Acme in March.|Tom Will"})
    void theWholeNameIsAPerson(String text, String person) {
        Extracted e = x(text);
        assertEquals(EntityType.PERSON, e.requireEntity(person).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shares in Acme rose on Tuesday May 5 as the firm named Anna Cole its chief executive.|May",
            "Le Monde reported that Jean Dupont left Renault.|Jean Dupont Le"})
    void aDateOrANewspaperIsNoSurname(String text, String notAName) {
        Extracted e = x(text);
        assertTrue(e.entity(notAName).isEmpty() && e.entity("Tuesday May").isEmpty(), e.names());
    }
}
