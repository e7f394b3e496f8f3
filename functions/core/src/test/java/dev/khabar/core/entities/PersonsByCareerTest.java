package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name whose given name no list knows is a person's when the sentence tells a career: joining "as" a title, having
 * "formerly"/"previously" worked somewhere, ", formerly of X,". Texts written here.
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
            "Altaro Energy, joins Kestrel Mining as chief operating officer, Tanvir Chowdhury said.|Altaro Energy|ORGANIZATION"})
    void aCareerMakesAPerson(String text, String name, EntityType type) {
        assertEquals(type, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }
}
