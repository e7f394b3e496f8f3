package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Capitalized title words before a name are no part of it: a board's chairperson ("Board Chairperson Charity Mseka",
 * whatever the given name), the chair of a board's committee ("Chairman of the Audit Committee Chuck Noski"), and a
 * lead independent director's title ("Lead Independent Director").
 * Texts written here.
 */
class TitleRunsBeforeNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In a statement, Halden Bank plc Board Chairperson Charity Mseka said the change is effective from July.|Charity Mseka",
            "Orbit Labs Chairperson Tendai Moyo said the results were good.|Tendai Moyo",
            "The group includes Chairman of the Audit Committee Chuck Noski and two other directors.|Chuck Noski",
            "Marlo Bank said Chair of the Risk Committee Steve Luczo would stay on.|Steve Luczo"})
    void theNameAfterTheTitleIsAPerson(String text, String person) {
        Extracted e = x(text);
        assertEquals(EntityType.PERSON, e.requireEntity(person).type(), e.names());
    }

    @Test
    void aChairpersonHoldsThePost() {
        Extracted e = x("Halden Bank plc Board Chairperson Charity Mseka signed the statement.");
        assertTrue(e.requireFact(FactType.ROLE, "Charity Mseka", "Halden Bank").role().equalsIgnoreCase("chairperson"), e.describeFacts());
        Extracted f = x("Orbit Labs said its chairperson, Ruth Kanyongolo, would retire.");
        assertEquals("chairperson", f.requireFact(FactType.EMPLOYMENT_END, "Ruth Kanyongolo", "Orbit Labs").role(), f.describeFacts());
    }

    @Test
    void independentIsAWordOfADirectorsTitle() {
        Extracted e = x("Eric Benhamou has stepped down as Lead Independent Director of Cypress.");
        assertTrue(e.entity("Independent").isEmpty(), e.names());
        assertEquals("Lead Independent Director", e.requireFact(FactType.EMPLOYMENT_END, "Eric Benhamou", "Cypress").role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Former CEO Capital Partners invested in the startup.|Capital Partners",
            "Independent Newspapers said its chairperson would retire.|Independent Newspapers"})
    void aCompanyAfterATitleWordStaysACompany(String text, String org) {
        Extracted e = x(text);
        assertEquals(EntityType.ORGANIZATION, e.requireEntity(org).type(), e.names());
    }
}
