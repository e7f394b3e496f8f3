package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In English news a join or departure carries the post taken or left: no ROLE repeats it, while another title held at
 * the same company stays a ROLE. Texts written here.
 */
class MovesCarryTheirPostTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvant Systems appointed Helen Marsh as its chief financial officer on Monday.|Helen Marsh|Corvant Systems|EMPLOYMENT_START|CFO",
            "Tom Keller has resigned as chief executive of Brindle Foods.|Tom Keller|Brindle Foods|EMPLOYMENT_END|CEO",
            // the post over one market: "country manager", "regional director"
            "Corvant Systems said it appointed Helen Marsh as country manager for Brazil.|Helen Marsh|Corvant Systems|EMPLOYMENT_START|country manager",
            "Brindle Foods has named Tom Keller as regional director for East Africa.|Tom Keller|Brindle Foods|EMPLOYMENT_START|regional director",
            "Pellman Mining named Sarah Quinn chief operating officer. She replaces Ken Brody.|Ken Brody|Pellman Mining|EMPLOYMENT_END|COO"})
    void theMoveAloneTellsThePost(String text, String person, String org, FactType move, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(move, person, org).role());
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @Test
    void aMarketWordBeforeNoTitleIsNoPost() {
        // "country" and "regional" make a post only before a title word: a company named with them stays a company
        Extracted e = x("Regional Harvest appointed Tom Keller as its chief executive. He said country sales rose.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "Tom Keller", "Regional Harvest").role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halden Bank has appointed Peter Hall as the company's chief operating officer.|Peter Hall|Halden Bank|COO",
            "Orbit Labs named Maria Lopez as the firm's president on Monday.|Maria Lopez|Orbit Labs|president",
            "Kestrel Freight said Anna Berg will join as the group's chief technology officer.|Anna Berg|Kestrel Freight|CTO"})
    void theCompanysTitleIsTakenAsItsTitleIs(String text, String person, String org, String role) {
        assertEquals(role, x(text).requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvant Systems hired Dana Pike as chief executive in March. Analysts said Dana Pike is the right person to lead Corvant Systems.|Dana Pike|Corvant Systems",
            "Brisk Capital named Omar Haddad as its president. Omar Haddad will lead Brisk Capital from London.|Omar Haddad|Brisk Capital",
            "Tessel Bank appointed Lena Brandt chief financial officer. Lena Brandt will head Tessel Bank's finance team.|Lena Brandt|Tessel Bank"})
    void leadingTheCompanyJoinedIsNoPostOfItsOwn(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_START, person, org);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
