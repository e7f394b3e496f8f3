package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A weekday alone in a move still to come ("will be appointed from Monday") is the next such day; in a move told as
 * done ("resigned on Monday") it stays the last one. Texts written here; 2022-05-14 is a Saturday.
 */
class WeekdaysAheadTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe said Piet Varga will be appointed chief executive of Acme Holdings from Monday.|Piet Varga|Acme Holdings|EMPLOYMENT_START|2022-05-16",
            "Tarvo Mining said Ilse Marchetti will join the company as finance chief on Wednesday.|Ilse Marchetti|Tarvo Mining|EMPLOYMENT_START|2022-05-18",
            "Dunmore Bank said its chief executive Omar Haddad will step down on Tuesday.|Omar Haddad|Dunmore Bank|EMPLOYMENT_END|2022-05-17"})
    void aComingMoveTakesTheNextWeekday(String text, String person, String employer, FactType type, String day) {
        assertEquals(day, Extracted.of(text, "2022-05-14").requireFact(type, person, employer).date().value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe resigned from Acme Holdings on Monday.|Jane Roe|Acme Holdings|EMPLOYMENT_END|2022-05-09"})
    void aMoveDoneKeepsTheLastWeekday(String text, String person, String employer, FactType type, String day) {
        assertEquals(day, Extracted.of(text, "2022-05-14").requireFact(type, person, employer).date().value());
    }
}
