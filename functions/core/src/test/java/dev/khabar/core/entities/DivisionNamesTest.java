package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known company's name with the lines of business of one of its divisions after it names that division whole. */
class DivisionNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mira Holt was named chairman of Sony Pictures, Television and Music last year.|Sony Pictures, Television and Music|Television",
            "Lena Roth ran Sony Studios and Entertainment before she left.|Sony Studios and Entertainment|Entertainment",
            "He led Sony Resorts, Travel and Experiences until 2020, the company said.|Sony Resorts, Travel and Experiences|Travel",
            "Tom Ruiz is president of Sony Consumer Products, a unit that sells toys.|Sony Consumer Products|Consumer Products"})
    void aDivisionIsNamedWhole(String text, String division, String notAName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(division).type(), x.names());
        assertTrue(x.entity(notAName).isEmpty(), x.names());
        assertTrue(x.entity("Sony").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sony Pictures, Lucasfilm and Pixar made the most money.|Sony Pictures|Lucasfilm",
            "The deal joins Sony Studios and Brenwick.|Sony Studios|Brenwick",
            "Rosa Parks and Corvik were named in the report.|Rosa Parks|Corvik"})
    void namesListedAfterADivisionStayApart(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(first).isPresent(), x.names());
        assertTrue(x.entity(second).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana Lee joined Sony Studios in 2019.|Sony Studios",
            "She was head of distribution for Sony Pictures before that.|Sony Pictures",
            "Brenwick sold its stake in Sony Entertainment last week.|Sony Entertainment"})
    void aUnitWordAfterAGivenNameLikeCompanyIsNoPerson(String text, String division) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(division).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Previously, she served as the CEO of Qantas Loyalty for 15 years.|Qantas Loyalty|Qantas",
            "He ran Emirates Cargo before he joined the board.|Emirates Cargo|Emirates",
            "She heads Ford Mobility, the carmaker's services arm.|Ford Mobility|Ford"})
    void aKnownCompanysBusinessUnitIsNamedWhole(String text, String unit, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(unit).type(), x.names());
        assertTrue(x.entity(company).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It was signed by the chairman and CEO of Microsoft GCR, Hou Yang.|Microsoft GCR|GCR",
            "Oracle EMEA cut 200 jobs last year.|Oracle EMEA|EMEA",
            "She runs Google LATAM from Miami.|Google LATAM|LATAM"})
    void aKnownCompanysRegionalArmIsNamedWhole(String text, String unit, String region) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(unit).type(), x.names());
        assertTrue(x.entity(region).isEmpty(), x.names());
    }
}
