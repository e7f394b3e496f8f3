package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A company named by a word that is also a given name, then its industry ("Tamsin Insurance", "Gideon Logistics"): the
 * industry word makes the name a company's, not a person's. Texts written here.
 */
class IndustryEndedNamesTest {
    @Test
    void anIndustryWordAfterAGivenNameNamesACompany() {
        Extracted x = Extracted.of("Tamsin Insurance said profits rose, and Gideon Logistics cut 40 jobs.", "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Tamsin Insurance").type(), x.names());
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Gideon Logistics").type(), x.names());
    }

    @Test
    void aPersonsNameStaysAPerson() {
        Extracted x = Extracted.of("Tamsin Greene said profits rose at Gideon Logistics.", "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity("Tamsin Greene").type(), x.names());
    }
}
