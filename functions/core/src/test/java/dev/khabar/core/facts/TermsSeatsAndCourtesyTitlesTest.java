package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English titles opened by "interim"/"acting" or by "board", "newly appointed" between an owner and its title, and a
 * courtesy word of the Gulf ("Sheikh") between a title and its holder. Texts written here.
 */
class TermsSeatsAndCourtesyTitlesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Marta Quell, the bank's interim president, wrote to staff, Halden Bank said.|Marta Quell|Halden Bank|president",
            "Tobias Reyn, Veltro's acting CEO, declined to comment.|Tobias Reyn|Veltro|CEO"})
    void aTemporaryPostIsStillTheHoldersTitle(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireFact(FactType.ROLE, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The firm is acting on advice from Kestrel Bank, said Marta Quell.|Marta Quell|Kestrel Bank",
            "Veltro is acting quickly, Tobias Reyn of Orbit Labs told reporters.|Tobias Reyn|Veltro"})
    void actingAloneIsNoTitle(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nadia Brook, board director for Veltro Systems, welcomed the order.|Nadia Brook|Veltro Systems",
            "The pact was signed by Omar Salem, board chairman of Halden Bank.|Omar Salem|Halden Bank"})
    void aBoardSeatApposedToAName(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Halden Bank board met Nadia Brook on Monday.|Nadia Brook|Halden Bank"})
    void theBoardAloneTitlesNoOne(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halden Bank chairman Sheikh Rashid bin Saeed Al Mansoori opened the branch.|Rashid bin Saeed Al Mansoori|Halden Bank",
            "Veltro Systems vice chairman Sheikha Mariam bint Khalid Al Nuaimi toured the plant.|Mariam bint Khalid Al Nuaimi|Veltro Systems"})
    void aGulfCourtesyWordBetweenTitleAndName(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halden Bank has appointed Nadia Brook as its acting chief executive.|Nadia Brook|Halden Bank",
            "Veltro Systems named Omar Salem interim president on Tuesday.|Omar Salem|Veltro Systems"})
    void aTemporaryPostTakenIsToldOnceAsTheStart(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_START, person, org);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nadia Brook, Veltro's newly-appointed chairman, opened the session.|Nadia Brook|Veltro",
            "Omar Salem, who is also Halden Bank's newly named CFO, was quoted as saying so.|Omar Salem|Halden Bank"})
    void aNewlyGivenTitleAfterItsOwnerIsTaken(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_START, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nadia Brook, Veltro's longtime chairman, opened the session.|Nadia Brook|Veltro"})
    void aTitleHeldLongIsNoStart(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, person, org);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltro said Omar Salem quit, with current head of its Global operation Nadia Brook appointed acting CEO.|Nadia Brook|Veltro|Global"})
    void aNameOwnedByItsIsAPartOfTheCompanyNotTheEmployer(String text, String person, String org, String unit) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_START, person, org);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, unit).isEmpty(), e.describeFacts());
    }
}
