package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The post of a hire told as "named X its new CEO"; the one replaced described before the name ("replace the
 * long-serving X"); a succession told by the newcomer's name as well as by "he"/"she"; "replaced" and the passive
 * ("X was succeeded by Y"), whose agent is the newcomer. Texts written here.
 */
class SuccessorsAndPredecessorsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvex has named Neil Garvey its new chief executive.|Neil Garvey|Orvex|CEO",
            "Halden Bank named Maria Lopez its chief financial officer on Monday.|Maria Lopez|Halden Bank|CFO",
            "Kestrel Freight appointed Peter Hall its next president.|Peter Hall|Kestrel Freight|president"})
    void aPostNamedAfterItsPronounIsTaken(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pellman Mining named Sarah Quinn as its new chief executive. She will replace the long-serving Ken Brody, who will step down in July.|Ken Brody|Pellman Mining|CEO",
            "Orvex named Neil Garvey as chief financial officer. He succeeds the outgoing Anne Torres.|Anne Torres|Orvex|CFO",
            "Halden Bank hired Maria Lopez as president. She replaces the retiring Tom Reed.|Tom Reed|Halden Bank|president"})
    void theOneReplacedMayBeDescribedBeforeTheName(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_END, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halden Bank named Maria Lopez as chief executive, replacing chief executive Tom Reed.|Tom Reed|Halden Bank|CEO",
            "Orvex hired Neil Garvey as president. He will succeed current CEO and MD Anne Torres in June.|Anne Torres|Orvex|CEO and managing director",
            "Pellman Mining named Sarah Quinn as its new CFO. She succeeds longtime chief financial officer Ken Brody.|Ken Brody|Pellman Mining|CFO"})
    void theOneReplacedMayBeTitledBeforeTheName(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireFact(FactType.EMPLOYMENT_END, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Magnus Capital named David Gorman as chief executive. Gorman takes over the role from Brett Cole, who resigned in December.|Brett Cole|Magnus Capital|CEO",
            "Orvex hired Neil Garvey as chief operating officer. Garvey succeeds Anne Torres.|Anne Torres|Orvex|COO",
            "Halden Bank named Maria Lopez as president. Lopez will replace Tom Reed next month.|Tom Reed|Halden Bank|president"})
    void theNewcomersNameOpensTheSuccessionAsAPronounWould(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireTitle(person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neil Garvey replaced Anne Torres as Orvex's managing director & CEO in March.|Neil Garvey|Anne Torres|Orvex|managing director & CEO",
            "Tom Reed was succeeded by Maria Lopez as president of Halden Bank last year.|Maria Lopez|Tom Reed|Halden Bank|president",
            "Ken Brody will be replaced by Sarah Quinn as chief financial officer of Pellman Mining.|Sarah Quinn|Ken Brody|Pellman Mining|CFO"})
    void aReplacingVerbOrItsPassiveTellsWhoTakesThePostAndWhoLeavesIt(String text, String newcomer, String replaced, String org,
                                                                         String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_START, newcomer, org).role());
        e.requireFact(FactType.EMPLOYMENT_END, replaced, org);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, replaced, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Magnus Capital named David Gorman as chief executive. Anna Berg replaced Brett Cole at Orbit Labs last year.|Brett Cole|Magnus Capital",
            "Orvex hired Neil Garvey as chief operating officer. Tom Reed succeeded Anne Torres at Orbit Labs in 2020.|Anne Torres|Orvex"})
    void anotherPersonsSuccessionIsNotTheHires(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
