package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Posts told in a career: "he"/"she" standing for the person last named, "has served as" titles listed one after
 * another, a post an insider "will become", an appointment announced for a later day. Texts written here.
 */
class CareerPostsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs named Maria Lopez its chief executive. Before that she was chairman of Halden Bank since 2015.|Maria Lopez|Halden Bank|chairman",
            "Peter Hall takes over at Orbit Labs next month. He is a former general manager of Kestrel Freight.|Peter Hall|Kestrel Freight|general manager",
            "Nimbus Labs picked Anna Berg to lead it. The 50-year-old engineer is well known. In 2019, she was president of Birchwood Energy.|Anna Berg|Birchwood Energy|president",
            "Orbit Labs hired Peter Hall in March. He joined the group in 2001 and has served as president of Halden Bank.|Peter Hall|Halden Bank|president"})
    void aPronounStandsForThePersonLastNamed(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireFact(FactType.ROLE, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs named Maria Lopez and Peter Hall to its board. She was chairman of Halden Bank.|Halden Bank",
            "Maria Lopez met Peter Hall in Oslo. He is a former president of Kestrel Freight.|Kestrel Freight"})
    void aPronounAfterTwoPeopleIsNobodysInParticular(String text, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, "Maria Lopez", org).isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.ROLE, "Peter Hall", org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs kept Peter Hall on. As chairman he will also lead Halden Bank's board.|Halden Bank",
            "Peter Hall stays at Orbit Labs. He will head Kestrel Freight's audit.|Kestrel Freight",
            "Maria Lopez left Orbit Labs. She would chair Birchwood Energy's meetings.|Birchwood Energy"})
    void aVerbAfterAPronounIsNoTitle(String text, String org) {
        Extracted e = x(text);
        String person = text.contains("Maria") ? "Maria Lopez" : "Peter Hall";
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Berg, a former Anvil Works executive, said the deal was good.|Anna Berg|Anvil Works|executive",
            "Peter Hall, a longtime Halden Bank director, expects cuts.|Peter Hall|Halden Bank|director",
            "Maria Lopez, the Kestrel Freight president, spoke first.|Maria Lopez|Kestrel Freight|president",
            "Tom Thumb previously served as chief financial officer at Quill Systems.|Tom Thumb|Quill Systems|CFO",
            "From 2011 to 2015, Maria Lopez was president of the former Halden Bank retail unit.|Maria Lopez|Halden Bank|president",
            "Peter Hall, chairman of the former Kestrel Freight, spoke first.|Peter Hall|Kestrel Freight|chairman"})
    void aTitleDescribedWithItsCompanyIsHeldThere(String text, String person, String org, String role) {
        Extracted e = x("Orbit Labs sold a unit. " + text);
        assertEquals(role, e.requireFact(FactType.ROLE, person, org).role());
        assertTrue(e.fact(FactType.ROLE, person, "Orbit Labs").isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Former Kestrel Freight chief executive Peter Hall joined the board.|Peter Hall|Kestrel Freight",
            "Halden Bank president Maria Lopez joined the advisory board on Monday.|Maria Lopez|Halden Bank",
            "Ex-Anvil Works chief Anna Berg joined the group's board.|Anna Berg|Anvil Works"})
    void joiningIsNotAtTheCompanyOfTheTitle(String text, String person, String titled) {
        Extracted e = x("Orbit Labs reshaped its board. " + text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, titled).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs has appointed aerospace industry veteran Peter \"Pete\" Hall as its new president.|Pete Hall|president",
            "Orbit Labs has appointed the well known former retail banking executive Maria Lopez as its chief financial officer.|Maria Lopez|CFO",
            "Orbit Labs hired former Halden Bank risk and compliance head Anna Berg as its chief operating officer.|Anna Berg|COO"})
    void aLongDescriptionBeforeTheNameKeepsThePostTaken(String text, String person, String role) {
        assertEquals(role, x(text).requireFact(FactType.EMPLOYMENT_START, person, "Orbit Labs").role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez has served as president of Halden Bank, president of Kestrel Freight and chairman of Birchwood Energy.",
            "Orbit Labs hired Maria Lopez. She has served as president of Halden Bank, president of Kestrel Freight and chairman of Birchwood Energy.",
            "Maria Lopez was president of Halden Bank, president of Kestrel Freight and chairman of Birchwood Energy before joining Orbit Labs."})
    void titlesListedAfterOneAnotherAreOnePersons(String text) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, "Maria Lopez", "Halden Bank");
        e.requireFact(FactType.ROLE, "Maria Lopez", "Kestrel Freight");
        assertEquals("chairman", e.requireFact(FactType.ROLE, "Maria Lopez", "Birchwood Energy").role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs said board member Peter Hall will become non-executive chairman of Orbit Labs.|Peter Hall|non-executive chairman",
            "Orbit Labs named Maria Lopez chief executive, replacing Peter Hall, who will become executive chairman of the company.|Peter Hall|executive chairman",
            "Orbit Labs chief executive Peter Hall will become executive chairman of Orbit Labs.|Peter Hall|executive chairman",
            "Orbit Labs chief financial officer Anna Berg will become chief operating officer of Orbit Labs.|Anna Berg|COO"})
    void aPostAnInsiderWillTakeIsARoleNotAHire(String text, String person, String role) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, "Orbit Labs").isEmpty(), e.describeFacts());
        assertEquals(role, e.requireTitle(person, "Orbit Labs").role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs has named Maria Lopez as chief executive. The 27-year company veteran replaces Peter Hall, who will become executive chairman.|CEO",
            "Orbit Labs appointed Maria Lopez as its chief financial officer. The former banker succeeds Peter Hall, who retires in June.|CFO",
            "Orbit Labs named Maria Lopez president on Monday. The longtime engineer replaces Peter Hall.|president"})
    void aDescribedNewcomerStillEndsThePredecessorsPost(String text, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_END, "Peter Hall", "Orbit Labs").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Peter Hall", "Orbit Labs").isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Freight founder Peter Hall will become chief operating officer of Orbit Labs.|Peter Hall",
            "Maria Lopez will become chief executive of Orbit Labs next month.|Maria Lopez"})
    void aNewcomerWillBecomeAnEmployee(String text, String person) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_START, person, "Orbit Labs");
        assertTrue(e.fact(FactType.ROLE, person, "Orbit Labs").isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs also named Maria Lopez as president, effective June 1.|Maria Lopez|president",
            "Halden Bank has appointed Peter Hall as the company's chief operating officer, effective July 15.|Peter Hall|COO",
            "Kestrel Freight named Anna Berg as its chief financial officer, effective Sept. 1.|Anna Berg|CFO"})
    void anAppointmentForALaterDayGivesTheTitle(String text, String person, String role) {
        Extracted e = x(text);
        String org = text.substring(0, text.indexOf(' ', text.indexOf(' ') + 1));
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }
}
