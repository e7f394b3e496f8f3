package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Al Qubaisi" after "Khadem Al Qubaisi": the family name alone is the person named in full, and types him. */
class ArabFamilyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The paper, citing Khadem Al Qubaisi, reported the deal. Al Qubaisi resigned in May.|Khadem Al Qubaisi|Al Qubaisi",
            "Talal Al Suwaidi signed the deal. Al Suwaidi, who is also chairman of Corvane, said so.|Talal Al Suwaidi|Al Suwaidi",
            "The report named Hisham El Sherif as buyer. El Sherif said he retired.|Hisham El Sherif|El Sherif"})
    void theFamilyNameAloneIsThePerson(String text, String full, String family) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(full).aliases().contains(family), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity(full).type(), x.names());
    }
}
