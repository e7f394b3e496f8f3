package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs of taking up and giving up a post beyond hiring and resigning: "assumed charge", "assumed office";
 * "relinquished", "vacate", "bowed out", "stepping back", "depart"; "would become" takes one; a speaker who reports
 * others' moves ("said the trucks left") makes none. Texts written here.
 */
class TakingAndLeavingOfficeVerbsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund assumed charge as managing director of Kelvo Motors on Monday.|Maria Lund|Kelvo Motors",
            "Omar Haddad has assumed office as chief executive of Brisko Bank.|Omar Haddad|Brisko Bank",
            "Lena Ortiz will assume charge as chairman of Orvane Group in June.|Lena Ortiz|Orvane Group",
            "Kelvo Motors said on Monday that Maria Lund would become its chief executive.|Maria Lund|Kelvo Motors"})
    void assumingChargeOrOfficeTakesThePost(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_START, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund relinquished her role as chief executive of Kelvo Motors.|Maria Lund|Kelvo Motors",
            "Omar Haddad will vacate the chief executive post at Brisko Bank in June.|Omar Haddad|Brisko Bank",
            "Lena Ortiz bowed out as chairman of Orvane Group after a decade.|Lena Ortiz|Orvane Group",
            "Tomas Berg is stepping back from his role as chief executive of Halden Ports.|Tomas Berg|Halden Ports",
            "Peter Lang will depart Halden Bank in June.|Peter Lang|Halden Bank",
            "Halden Bank said its chief executive Peter Lang will depart at the end of the year.|Peter Lang|Halden Bank",
            "The departing chief executive of Orvane Group, Lena Ortiz, thanked the staff.|Lena Ortiz|Orvane Group",
            "Peter Lang said he would depart Halden Bank in June.|Peter Lang|Halden Bank"})
    void givingUpThePostLeavesIt(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_END, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund took a step back to let Omar Haddad run Kelvo Motors.|Maria Lund|Kelvo Motors",
            "Maria Lund relinquished her stake in Kelvo Motors.|Maria Lund|Kelvo Motors",
            "Maria Lund said flights of Kelvo Motors depart from Oslo every hour.|Maria Lund|Kelvo Motors",
            "Maria Lund said the trucks of Kelvo Motors left Oslo on Monday.|Maria Lund|Kelvo Motors",
            "Maria Lund said the Kelvo Motors plant would become profitable in 2026.|Maria Lund|Kelvo Motors"})
    void aStepBackAStakeOrAReportMovesNobody(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_END, person, org).isEmpty()
                && e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }
}
