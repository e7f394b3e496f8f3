package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People told by a middle initial or a middle name, whatever precedes them; contractions that are no names. */
class MiddleNamesAndContractionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The round drew Vikram R Mehta as a backer, along with others.|Vikram R Mehta",
            "Backers include Tavish K. Ronde and two funds.|Tavish K. Ronde",
            "The note was signed by Ravneet Singh Dhillon on Monday.|Ravneet Singh Dhillon",
            "Investors such as Sushil Kumar Bansal joined the round.|Sushil Kumar Bansal",
            "Retail chief P.K. Anand spoke at the launch.|P.K. Anand"})
    void aMiddleInitialOrNameMakesAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The startup closed its Series A Round with Elm Fund.|Series A Round",
            "Shares of Vitamin D Labs rose on Monday.|Vitamin D Labs"})
    void aCommonWordBeforeALetterIsNoGivenName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.entity(name).ifPresent(e -> assertEquals(EntityType.ORGANIZATION, e.type(), x.names()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Officials met on Monday. \"We Don't expect cuts,\" the chief said.|Don",
            "Officials met on Monday. \"Prices Won't fall soon,\" a trader said.|Won",
            "Officials met on Monday. \"You Can't win them all,\" Roe said.|Can"})
    void aContractionIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }
}
