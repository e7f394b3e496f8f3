package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A story that named a person in full may call them by the given name alone, or by its usual short form. */
class GivenNameReferencesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvale named Oliver Brandt chief executive. \"We trust Oliver to lead us,\" the chair said.|Oliver Brandt|Oliver",
            "Tamsin Reyes joins Corvik as president. Its founder said he was glad Tamsin agreed to come.|Tamsin Reyes|Tamsin",
            "Corvik hired Daniel Okafor as chief financial officer. \"I have known Dan for years,\" its founder said.|Daniel Okafor|Dan",
            "Katherine Lund will run Brenwick. The board said Kate has the skills it needs.|Katherine Lund|Kate"})
    void aLoneGivenNameIsThePersonNamedInFull(String text, String full, String given) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity person = x.requireEntity(full);
        assertEquals(EntityType.PERSON, person.type());
        assertTrue(person.aliases().contains(given), x.names());
        assertTrue(x.entity(given).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Oliver Brandt and Oliver Stone met at Norvale. Later Oliver said the talks went well.|Oliver",
            "Daniel Okafor and Daniel Pike founded Corvik. Colleagues said Dan was the quiet one.|Dan",
            "Mara Voss and Mara Lind run Tovalo. Analysts said Mara would stay.|Mara"})
    void aGivenNameTwoPeopleShareNamesNeither(String text, String given) {
        Extracted x = Extracted.of(text, "2025-01-01");
        for (Entity e : x.document().entities()) {
            assertTrue(!e.name().equals(given) || e.type() != EntityType.PERSON || e.aliases().size() == 1, x.names());
            assertTrue(e.name().equals(given) || e.type() != EntityType.PERSON || !e.aliases().contains(given), x.names());
        }
    }
}
