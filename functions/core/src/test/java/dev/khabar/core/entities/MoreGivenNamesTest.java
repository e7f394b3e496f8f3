package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Given names the lexicon lacked (Jon, Lamin, Afzal, Hassane) open a person's name in any sentence. Texts written here. */
class MoreGivenNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The board will be chaired by Jon Ferrand from June.|Jon Ferrand",
            "Orbit Labs said Lamin Sowe will run its Gambian unit.|Lamin Sowe",
            "Afzal Rahim replaced Tom Hale at the head of the bank.|Afzal Rahim",
            "Investors cheered as Hassane Diallo took over.|Hassane Diallo"})
    void theNameIsAPerson(String text, String person) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.requireEntity(person).type(), e.names());
    }
}
