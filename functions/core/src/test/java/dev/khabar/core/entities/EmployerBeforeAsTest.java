package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "as a title" after a name says a person only when the name is the one given the post ("named Jane Roe as CEO"); after
 * a verb of joining or leaving or a preposition, the name is where the post is held. Texts written here.
 */
class EmployerBeforeAsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Omar Haddad has joined Kestrel Mining as president.|Kestrel Mining|ORGANIZATION",
            "Paul Verhoeven departs Kestrel Mining as chief executive.|Kestrel Mining|ORGANIZATION",
            "Omar Haddad returned to Kestrel Mining as chief executive in 2022.|Kestrel Mining|ORGANIZATION",
            "Omar Haddad has been appointed to the board of Kestrel Mining as a non-executive director.|Kestrel Mining|ORGANIZATION",
            "Kestrel Mining named Zorvan Telluk as chief executive.|Zorvan Telluk|PERSON",
            "Kestrel Mining hired Brannoch Velde as its chairman.|Brannoch Velde|PERSON"})
    void aNameAfterAVerbOfJoiningOrAPrepositionIsTheEmployer(String text, String name, EntityType type) {
        assertEquals(type, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }
}
