package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title apposed to a name or written before it with a word of time ("X, Acme's new CEO,", "a new chair, X,",
 * "Acme's outgoing CFO X") tells the move, not only the post held; a predicate after a copula stays the post held.
 * Texts written here.
 */
class TimedApposedTitlesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-04-02");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ilse Marten, Corvant Systems' new chief financial officer, will work from Lisbon.|Ilse Marten|Corvant Systems|CFO",
            "Tarnow Freight said its incoming chairman Pavel Ondra would visit the port.|Pavel Ondra|Tarnow Freight|chairman",
            "Under Halvik Energy's new CEO, Rosa Medel, the group sold two mines.|Rosa Medel|Halvik Energy|CEO"})
    void aNewTitleIsAPostTaken(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertTrue(role.equals(e.requireFact(FactType.EMPLOYMENT_START, person, org).role()), e.describeFacts());
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ilse Marten, Corvant Systems' outgoing chief financial officer, praised the team.|Ilse Marten|Corvant Systems|CFO",
            "Tarnow Freight thanked its retiring chairman Pavel Ondra at the meeting.|Pavel Ondra|Tarnow Freight|chairman"})
    void anOutgoingTitleIsAPostLeft(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertTrue(role.equals(e.requireFact(FactType.EMPLOYMENT_END, person, org).role()), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rosa Medel is the new chief executive of Halvik Energy, the board said.|Rosa Medel|Halvik Energy",
            "Pavel Ondra was the outgoing chairman of Tarnow Freight at the time.|Pavel Ondra|Tarnow Freight"})
    void aPredicateTitleTellsNoMove(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.EMPLOYMENT_END, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Former Brisko chief executive Lena Ortiz was named on Friday as the new CEO of UK payments group Orvane Pay.|Lena Ortiz|Orvane Pay|Brisko",
            "Omar Haddad, a former Trevo executive, was appointed chairman of Kenya's logistics firm Kestrel Cargo.|Omar Haddad|Kestrel Cargo|Trevo"})
    void aPostOfACompanyDescribedWithItsCountryIsTakenThere(String text, String person, String org, String earlier) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_START, person, org);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, earlier).isEmpty(), e.describeFacts());
    }
}
