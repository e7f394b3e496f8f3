package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * South Asian names with a small Arabic particle between hyphens ("Shams-ul Islam", "Zia-ul-Haq Khan", "Habib-ur
 * Rahman") are one person's name, not two companies. Texts written here.
 */
class HyphenedParticleNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Murshedul Kabir replaced Shams-ul Islam at Agrani Bank.|Shams-ul Islam",
            "The bank said Zia-ul-Haq Khan joined the board of Rupali Bank.|Zia-ul-Haq Khan",
            "Habib-ur Rahman will chair the meeting, the ministry said.|Habib-ur Rahman"})
    void theWholeNameIsAPerson(String text, String person) {
        Extracted e = x(text);
        assertEquals(EntityType.PERSON, e.requireEntity(person).type(), e.names());
        assertTrue(e.entity("Islam").isEmpty() && e.entity("Zia").isEmpty() && e.entity("Rahman").isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Coca-Cola signed a deal with Orbit Labs.|Coca-Cola",
            "Rolls-Royce hired Tom Hale as chief executive.|Rolls-Royce"})
    void aHyphenedCompanyStaysACompany(String text, String org) {
        Extracted e = x(text);
        assertEquals(EntityType.ORGANIZATION, e.requireEntity(org).type(), e.names());
    }
}
