package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Foundings told in the active: a common verb of setting up ("set up", "started", "established") between a person and
 * the company, each founder of a list before the verb, and the person founding "with" or «مع» the doer. Texts written
 * here.
 */
class ActiveFoundersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund set up Kelvo Labs in 2015.|Maria Lund|Kelvo Labs",
            "Omar Haddad started Brisko Payments in 2009 with two friends.|Omar Haddad|Brisko Payments",
            "Lena Ortiz had established Orvane Group in Madrid before the war.|Lena Ortiz|Orvane Group"})
    void aPersonSettingUpACompanyFoundsIt(String text, String person, String org) {
        x(text).requireFact(FactType.FOUNDED, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kelvo Labs set up a unit in Dubai with Brisko Bank.|Kelvo Labs|Brisko Bank",
            "Maria Lund started her career at Kelvo Labs.|Maria Lund|Kelvo Labs",
            "Omar Haddad set up a fund with Brisko Bank.|Omar Haddad|Brisko Bank"})
    void settingUpSomethingElseFoundsNoCompany(String text, String doer, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.FOUNDED, doer, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund and Omar Haddad founded Kelvo Labs in 2015.|Omar Haddad|Kelvo Labs",
            "Maria Lund, Omar Haddad and Lena Ortiz co-founded Orvane Group.|Lena Ortiz|Orvane Group",
            "Maria Lund and Omar Haddad set up Brisko Payments in 2012.|Omar Haddad|Brisko Payments"})
    void eachFounderOfAListBeforeTheVerbFoundsIt(String text, String person, String org) {
        x(text).requireFact(FactType.FOUNDED, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe and John Doe laid off 200 workers at Kelvo Labs.|John Doe"})
    void peopleListedBeforeALayoffMakeNone(String text, String person) {
        Extracted e = x(text);
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.LAYOFF), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maya Lindqvist co-founded Kelvo Labs in 2019 with former Brisko Bank trader Tom Reyes.|Tom Reyes|Kelvo Labs",
            "Maria Lund founded Kelvo Labs alongside Omar Haddad and Lena Ortiz.|Lena Ortiz|Kelvo Labs",
            "وأسس خالد المطيري شركة زيفرا عام 2019 مع شريكه فهد الدوسري.|فهد الدوسري|زيفرا"})
    void thePersonFoundingWithTheDoerFoundsToo(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.FOUNDED, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund founded Kelvo Labs with a loan from Omar Haddad.|Omar Haddad|Kelvo Labs",
            "Maria Lund founded Kelvo Labs with help from Omar Haddad.|Omar Haddad|Kelvo Labs"})
    void thePersonWhoHelpedFoundsNothing(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.FOUNDED, person, org).isEmpty(), e.describeFacts());
    }
}
