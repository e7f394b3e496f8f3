package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A nationality inside a company's registered name stays in the name ("X Mexican Foods Inc"), and nationalities open a
 * body's name that closes with its kind ("Kuwaiti Egyptian Ports Authority"). Texts written here.
 */
class NationalityInRegisteredNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Mexican Foods Inc. hired Jo Park as its chief executive.|Harlow Mexican Foods Inc",
            "Shares of Dunmore Indian Hotels Ltd. rose after the results.|Dunmore Indian Hotels Ltd",
            "Pell Brazilian Steel Works Ltd said output grew.|Pell Brazilian Steel Works Ltd"})
    void theWholeRegisteredNameIsOneCompany(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
        assertEquals(1, x.document().entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Omani Kenyan Ports Authority awarded the tender on Sunday.|Omani Kenyan Ports Authority",
            "Officials of the Bahraini Cable Company met the bidders.|Bahraini Cable",
            "The Libyan Tunisian Investment Fund bought a stake in Norvik.|Libyan Tunisian Investment Fund"})
    void nationalitiesOpenABodyNamedByItsKind(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Tunisian Trade Ministry said exports grew.|Trade Ministry|Tunisian Trade Ministry",
            "Omani Dunmore said it would list its shares.|Dunmore|Omani Dunmore",
            "Kenyan Talvira Logistics Company raised $5 million.|Talvira Logistics|Kenyan Talvira"})
    void aNationalityStaysOutOfOtherNames(String text, String name, String longer) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireEntity(name);
        assertFalse(x.names().contains(longer), x.names());
    }
}
