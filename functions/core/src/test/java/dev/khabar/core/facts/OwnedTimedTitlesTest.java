package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word of time between a company's 's and the title apposed to a name ("Maria Gomez, Halden Bank's new chief
 * executive,", "the bank's current CFO") still makes the title the name's, at the owner (held, or taken or left when
 * the word tells so: TimedApposedTitlesTest); a name not apposed to the title ("praised Halden Bank's new chief
 * executive") holds nothing. Texts written here.
 */
class OwnedTimedTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Gomez, Halden Bank's new chief executive, starts on Monday.|Maria Gomez|Halden Bank|true",
            "Maria Gomez, Halden Bank's current chief financial officer, will speak at the event.|Maria Gomez|Halden Bank|true",
            "Peter Lang, Orvane Group's outgoing chairman, thanked the staff.|Peter Lang|Orvane Group|true",
            "Maria Gomez praised Halden Bank's new chief executive in a speech.|Maria Gomez|Halden Bank|false"})
    void theTitleIsTheApposedNames(String text, String person, String org, boolean held) {
        Extracted e = Extracted.of(text, "2025-03-01");
        boolean tied = e.fact(FactType.ROLE, person, org).isPresent() || e.fact(FactType.EMPLOYMENT_START, person, org).isPresent()
                || e.fact(FactType.EMPLOYMENT_END, person, org).isPresent();
        assertTrue(tied == held, e.describeFacts());
    }
}
