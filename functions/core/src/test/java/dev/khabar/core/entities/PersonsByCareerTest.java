package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name whose given name no list knows is a person's when the sentence tells a career: joining "as" a title, having
 * "formerly"/"previously" worked somewhere, ", formerly of X,"; "as a title" after a name says a person only when the
 * name is the one given the post ("named Jane Roe as CEO"): after a verb of joining or leaving or a preposition, the
 * name is where the post is held ("joined Acme Mining as president"), as it is before ", where" or ", which" ("joined
 * from Acme Mining, where she was COO"). Texts written here.
 */
class PersonsByCareerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tanvir Chowdhury has joined Kestrel Mining as chief operating officer.|Tanvir Chowdhury|PERSON",
            "Kestrel Mining announced that Tanvir Chowdhury will join as its chief operating officer.|Tanvir Chowdhury|PERSON",
            "Tanvir Chowdhury, formerly of Altaro Energy, spoke first.|Tanvir Chowdhury|PERSON",
            "Tanvir Chowdhury previously worked at Altaro Energy.|Tanvir Chowdhury|PERSON",
            "Altaro Energy joined the Kestrel Mining venture as a partner.|Altaro Energy|ORGANIZATION",
            "Halvex Logistics joined the consortium in 2019.|Halvex Logistics|ORGANIZATION",
            "Altaro Energy, joins Kestrel Mining as chief operating officer, Tanvir Chowdhury said.|Altaro Energy|ORGANIZATION",
            "Omar Haddad has joined Kestrel Mining as president.|Kestrel Mining|ORGANIZATION",
            "Paul Verhoeven departs Kestrel Mining as chief executive.|Kestrel Mining|ORGANIZATION",
            "Omar Haddad returned to Kestrel Mining as chief executive in 2022.|Kestrel Mining|ORGANIZATION",
            "Omar Haddad has been appointed to the board of Kestrel Mining as a non-executive director.|Kestrel Mining|ORGANIZATION",
            "Kestrel Mining named Zorvan Telluk as chief executive.|Zorvan Telluk|PERSON",
            "She joined from rival Nordic Transit, where she was chief operating officer.|Nordic Transit|ORGANIZATION",
            "Omar Haddad came from Altaro Energy, which he had run as chief executive.|Altaro Energy|ORGANIZATION",
            "Tanvir Chowdhury, who was chief executive of Altaro Energy, spoke first.|Tanvir Chowdhury|PERSON",
            "Kestrel Mining hired Brannoch Velde as its chairman.|Brannoch Velde|PERSON"})
    void aCareerMakesAPerson(String text, String name, EntityType type) {
        assertEquals(type, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }
}
