package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Gulf companies named after a family ("Al Ghurair", "Al-Futtaim") share the family name with its members: a given
 * name written right before it names a person of the family, while the name alone stays the company. Texts written
 * here.
 */
class FamilyCompanyNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-06-18");
    }

    @Test
    void aGivenNameBeforeTheFamilyCompanyIsAPerson() {
        Extracted e = x("\"Payments will get faster,\" said Khalid Al Ghurair, head of the Orvane Bankers Forum.");
        assertEquals(EntityType.PERSON, e.requireEntity("Khalid Al Ghurair").type(), e.names());
        assertTrue(e.entity("Khalid").isEmpty(), e.names());
    }

    @Test
    void aCompoundGivenNameToo() {
        Extracted e = x("The forum is chaired by Abdul Karim Al-Futtaim, who joined its board in 2019.");
        assertEquals(EntityType.PERSON, e.requireEntity("Abdul Karim Al-Futtaim").type(), e.names());
    }

    @Test
    void theFamilyCompanyAloneStaysACompany() {
        Extracted e = x("Orvane Capital bought a stake in Al Ghurair last year.");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Al Ghurair").type(), e.names());
    }
}
