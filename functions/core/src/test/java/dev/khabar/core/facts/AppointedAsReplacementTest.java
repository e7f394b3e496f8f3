package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "has been appointed as Roe's replacement", "appointed Doe as Roe's successor", "was named as her successor": the one
 * appointed takes the post the one replaced left, at the company left. Texts written here.
 */
class AppointedAsReplacementTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rafael Okafor has stood down as chairman of Kestrel Properties. Amara Eze, previously vice chairman, has been appointed as Okafor's replacement.|Amara Eze|Kestrel Properties|chairman",
            "Jane Roe has resigned as chief executive of Tarvo Mining. John Doe has been named as her replacement.|John Doe|Tarvo Mining|CEO",
            "Jane Roe has resigned as chief executive of Tarvo Mining. The board appointed John Doe as Roe's successor.|John Doe|Tarvo Mining|CEO"})
    void theReplacementTakesThePostLeft(String text, String person, String employer, String role) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(role, x.requireFact(FactType.EMPLOYMENT_START, person, employer).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lena Holt will retire as finance director of Dunmore Bank in June. The bank named Omar Haddad as her successor.|Omar Haddad|Dunmore Bank"})
    void theCompanyThatNamesTheSuccessorIsJoined(String text, String person, String employer) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_START, person, employer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe has resigned as chief executive of Tarvo Mining. John Doe was named as his lawyer's replacement on the panel.|John Doe|Tarvo Mining"})
    void aReplacementOfSomeoneElseTakesNoPost(String text, String person, String employer) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, person, employer).isEmpty(), x.describeFacts());
    }
}
