package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name written family name first in three words ("Tan Wei Ming", as in Singapore and Malaysia) is later called by
 * that family name alone: the lone word is the same person, not a company of its own. A given name that opens a name
 * ("Mary Ann Lowe") does not index it so. Texts written here.
 */
class FamilyNameFirstTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Holdings CEO Teo Wei Ming will step down on May 16. Teo said he was pleased with the handover.|Teo Wei Ming|Teo",
            "Dunmore Bank said its chief operating officer Goh Siew Ling would retire in June. In a statement, Goh thanked the staff.|Goh Siew Ling|Goh",
            "Fennick Power named Ong Kah Seng its chairman. According to the company, Ong will start on Monday.|Ong Kah Seng|Ong",
            "Marlow Telecom CEO Quek Boon Hwa will leave in April. After stepping down, Quek will remain an adviser to Marlow Telecom.|Quek Boon Hwa|Quek"})
    void theFamilyNameAloneIsThePerson(String text, String name, String alone) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.requireEntity(name).aliases().contains(alone), x.names());
        assertTrue(x.entity(alone).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mary Ann Lowe, chief executive of Kestrel Mining, said demand is rising. Mary said the mine would reopen.|Mary Ann Lowe"})
    void aGivenNameOpeningTheNameStaysAGivenName(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(1, x.document().entities().stream().filter(e -> e.name().equals(name)).count(), x.names());
    }
}
