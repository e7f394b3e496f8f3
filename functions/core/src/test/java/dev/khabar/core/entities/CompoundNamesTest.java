package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names made of a known part and a word: a nationality and a trade ("Korean Air"), a known company and its unit's
 * trade ("Siemens Energy"), a given name with a quoted nickname, a given name cut short. Texts written here.
 */
class CompoundNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Korean Air will buy two jets from Boeing.|Korean Air|Air",
            "Shares of Saudi Telecom rose on Monday.|Saudi Telecom|Telecom",
            "Orbita Robotics signed a contract with Turkish Airlines in May.|Turkish Airlines|Airlines",
            "Philips Lighting will close a plant in Ohio.|Philips Lighting|Lighting",
            "Siemens Energy cut 300 jobs in Berlin.|Siemens Energy|Energy"})
    void theKnownPartAndTheWordNameOneCompany(String text, String whole, String part) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(whole).type(), x.names());
        assertTrue(x.entity(part).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Boeing named Robert “Kelly” Ortberg its chief executive. Ortberg starts in May.|Kelly Ortberg|Ortberg",
            "Nimbus Labs hired William 'Bill' Carter as CFO. Carter joins from Kestrel Freight.|Bill Carter|Carter",
            "Nimbus Labs was founded in 2017 by engineer Teodor Blidarus. Teo Blidarus, its chief executive, spoke on Monday.|Teodor Blidarus|Teo Blidarus"})
    void theOtherFormsOfAPersonsNameAreThatPerson(String text, String name, String otherForm) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
        assertTrue(x.requireEntity(name).aliases().contains(otherForm), x.names() + " " + x.requireEntity(name).aliases());
        assertEquals(1, x.document().entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Boeing named Niel Golightly as the company's senior vice president.|Niel Golightly",
            "Kestrel Freight hired Tamsin Oduya as chief financial officer.|Tamsin Oduya",
            "Nimbus Labs appointed Quill Marrow as its new chairman.|Quill Marrow"})
    void aNameTakenOnAsATitleIsAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }
}
