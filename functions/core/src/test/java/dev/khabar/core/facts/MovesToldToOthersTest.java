package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A move is left at the company of the story, not at the one told of it: the addressee of a letter or filing ("in a
 * letter to the Securities Supervision Authority") and a periodical that reports it ("Banking Weekly reports that X is
 * leaving the company") employ nobody here. Texts written here.
 */
class MovesToldToOthersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Bank has fired its chief executive Omar Haddad. Ruben Kade, the bank's secretary, announced the dismissal in a letter to the Securities Supervision Authority on Friday.|Omar Haddad|Kestrel Bank|Securities Supervision Authority",
            "Tarvo Mining said its chief executive Jane Roe had resigned. The company confirmed Roe's departure in a filing with the Nairobi Securities Exchange.|Jane Roe|Tarvo Mining|Nairobi Securities Exchange",
            "Matthias Brandt, founder and CEO of Fidex Bank, is leaving the firm. Banking Weekly reports that Brandt is leaving the company at the end of the year.|Matthias Brandt|Fidex Bank|Banking Weekly",
            "Anja Lorentz, chief executive of Halvern Robotics, will step down. Business Daily reported that Lorentz is leaving the company in June.|Anja Lorentz|Halvern Robotics|Business Daily"})
    void theToldOneIsNotLeft(String text, String person, String employer, String told) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.EMPLOYMENT_END, person, employer);
        assertTrue(x.fact(FactType.EMPLOYMENT_END, person, told).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe left Tarvo Bank to join the Securities Supervision Authority.|Jane Roe|Securities Supervision Authority",
            "Omar Haddad left the Securities Supervision Authority in March.|Omar Haddad|Securities Supervision Authority"})
    void aRegulatorJoinedOrLeftStillEmploys(String text, String person, String employer) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, person, employer).isPresent()
                || x.fact(FactType.EMPLOYMENT_END, person, employer).isPresent(), x.describeFacts());
    }
}
