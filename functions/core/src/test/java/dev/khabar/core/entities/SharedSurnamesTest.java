package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two given names joined by "and" before one surname are two people, who each do what the sentence says. Texts written here. */
class SharedSurnamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel was founded in 2011 by siblings Anna and Maria Berg.|Anna|Maria Berg",
            "Kestrel was co-founded by husband-and-wife team Tom and Anna Reyes.|Tom|Anna Reyes"})
    void bothArePeople(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(first).type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity(second).type(), x.names());
        assertTrue(x.hasFactByAlias(FactType.FOUNDED, first, "Kestrel"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a given name before a company or a place of two words: no shared surname
            "Morgan and Goldman Sachs advised on the deal.|Goldman Sachs|ORGANIZATION",
            "The deal between Jordan and Saudi Arabia was signed.|Saudi Arabia|LOCATION"})
    void aCompanyOrPlaceAfterAGivenNameIsNoSurname(String text, String second, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.requireEntity(second).type(), x.names());
    }
}
