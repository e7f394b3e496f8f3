package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English verbs of taking up and leaving a post beyond hiring and joining: promotion, election, recruitment, becoming,
 * returning; dismissal, retirement, exit. Verbs that say a move only with the post they lead to ("became",
 * "promoted", "names") make none without one; "to" leads to the post only after a promotion; the post "as" names
 * may follow what is set off after the person ("hired X, a former banker, as CFO"). Texts written here.
 */
class EnglishPostVerbsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tessaro Bank has promoted Lukas Brenner to chief operating officer.|Lukas Brenner|Tessaro Bank|COO|EMPLOYMENT_START",
            "Lukas Brenner was promoted to president of Tessaro Bank last year.|Lukas Brenner|Tessaro Bank|president|EMPLOYMENT_START",
            "Tessaro Bank has elevated Lukas Brenner to chief financial officer.|Lukas Brenner|Tessaro Bank|CFO|EMPLOYMENT_START",
            "Shareholders of Kestrel Mining elected Omar Haddad as chairman.|Omar Haddad|Kestrel Mining|chairman|EMPLOYMENT_START",
            "Kestrel Mining recruits Omar Haddad as chief financial officer.|Omar Haddad|Kestrel Mining|CFO|EMPLOYMENT_START",
            "Kestrel Mining installed Omar Haddad as interim chief executive in March.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_START",
            "Kestrel Mining has brought in Omar Haddad as chief financial officer.|Omar Haddad|Kestrel Mining|CFO|EMPLOYMENT_START",
            "Kestrel Mining names Omar Haddad chief executive|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_START",
            "Kestrel Mining selected Omar Haddad as its new chief executive.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_START",
            "Omar Haddad became chief executive of Kestrel Mining in 2015.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_START",
            "Omar Haddad returned to Kestrel Mining as chief executive in 2022.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_START",
            "Kestrel Mining hired Omar Haddad, a former Goldman Sachs banker, as chief financial officer.|Omar Haddad|Kestrel Mining|CFO|EMPLOYMENT_START",
            "Kestrel Mining named Sofia Lindqvist, 52, as chief executive.|Sofia Lindqvist|Kestrel Mining|CEO|EMPLOYMENT_START",
            "Kestrel Mining hired Omar Haddad, who led Altaro Energy, as its chief executive.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_START",
            "Kestrel Mining sacked chief executive Omar Haddad on Monday.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_END",
            "Kestrel Mining fires chief executive Omar Haddad.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_END",
            "Omar Haddad was sacked as chief executive of Kestrel Mining.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_END",
            "Kestrel Mining removed Omar Haddad as chairman.|Omar Haddad|Kestrel Mining|chairman|EMPLOYMENT_END",
            "Omar Haddad, who is retiring as chief executive of Kestrel Mining, will stay on as an adviser.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_END",
            "Kestrel Mining fired its chief executive, Paul Verhoeven, on Wednesday.|Paul Verhoeven|Kestrel Mining|CEO|EMPLOYMENT_END",
            "Kestrel Mining announced the retirement of its chief executive, Omar Haddad.|Omar Haddad|Kestrel Mining|CEO|EMPLOYMENT_END",
            "Kestrel Mining announced the resignation of Sofia Lindqvist, its chief operating officer.|Sofia Lindqvist|Kestrel Mining|COO|EMPLOYMENT_END",
            "Kestrel Mining announced the departure of Sofia Lindqvist, its chief financial officer, on Monday.|Sofia Lindqvist|Kestrel Mining|CFO|EMPLOYMENT_END",
            "Sofia Lindqvist, Kestrel Mining's general counsel, has resigned.|Sofia Lindqvist|Kestrel Mining|general counsel|EMPLOYMENT_END",
            "Omar Haddad, Kestrel Mining's chief executive, said Sofia Lindqvist had resigned from the company.|Sofia Lindqvist|Kestrel Mining||EMPLOYMENT_END"})
    void aPostTakenOrLeftIsAMoveCarryingIt(String text, String person, String org, String role, FactType type) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(type, person, org).role());
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Omar Haddad retired from Kestrel Mining in 2019.|Omar Haddad|Kestrel Mining",
            "Omar Haddad plans to leave Kestrel Mining at the end of the year.|Omar Haddad|Kestrel Mining",
            "Omar Haddad exits Kestrel Mining after eight years.|Omar Haddad|Kestrel Mining",
            "Paul Verhoeven was dismissed by Kestrel Mining in May.|Paul Verhoeven|Kestrel Mining"})
    void aLeavingWithoutATitleIsAnEnd(String text, String person, String org) {
        assertTrue(x(text).fact(FactType.EMPLOYMENT_END, person, org).isPresent(), x(text).describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Omar Haddad became a shareholder of Kestrel Mining in 2015.|Omar Haddad|Kestrel Mining",
            "Omar Haddad was promoted in an advertising campaign for Kestrel Mining.|Omar Haddad|Kestrel Mining",
            "Kestrel Mining names its new mine after Omar Haddad.|Omar Haddad|Kestrel Mining",
            "Kestrel Mining selected Omar Haddad's design for its new logo.|Omar Haddad|Kestrel Mining"})
    void aVerbOfTakingWithoutAPostIsNoMove(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining hired Omar Haddad, reporting to chief executive Lena Fischer.|Omar Haddad|Kestrel Mining",
            "Kestrel Mining hired Omar Haddad to report to chief executive Lena Fischer.|Omar Haddad|Kestrel Mining",
            "Kestrel Mining hired Omar Haddad to chief executive Lena Fischer's team.|Omar Haddad|Kestrel Mining",
            "Kestrel Mining hired Omar Haddad, Lena Fischer said, as part of a plan to grow.|Omar Haddad|Kestrel Mining"})
    void noTitleIsTaken(String text, String person, String org) {
        Extracted e = x(text);
        assertEquals(null, e.requireFact(FactType.EMPLOYMENT_START, person, org).role(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining sold a unit. Omar Haddad exits his other board commitments.|false",
            "Kestrel Mining sold a unit. Omar Haddad left his family business.|false",
            "Kestrel Mining sold a unit. Omar Haddad quit his job on Monday.|true",
            "Kestrel Mining sold a unit. Omar Haddad resigned on Monday.|true",
            "Omar Haddad exits his non-Kestrel Mining commitments.|false",
            "Omar Haddad resigned his seat on the board of Kestrel Mining.|true"})
    void aLeaversOwnThingOtherThanAPostIsNoDeparture(String text, boolean left) {
        Extracted e = x(text);
        assertEquals(left, e.fact(FactType.EMPLOYMENT_END, "Omar Haddad", "Kestrel Mining").isPresent(), e.describeFacts());
    }
}
