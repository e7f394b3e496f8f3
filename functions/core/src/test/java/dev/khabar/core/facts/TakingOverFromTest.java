package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X will take over as CEO from Y": Y leaves the post, in the month to come when the handover is ahead. Texts written here. */
class TakingOverFromTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Foods said Omar Haddad will take over as CEO from Mark Hale in June.|Mark Hale|Harlow Foods|2024-06",
            "Lisa Tran will take over as chief executive of Corvant Systems from Tom Becker in May.|Tom Becker|Corvant Systems|2024-05",
            "Pinecrest Dairy said Dana Whitfield would take over as CFO from Ian Moss in April.|Ian Moss|Pinecrest Dairy|2024-04"})
    void theOneTakenOverFromLeavesWhenTheHandoverComes(String text, String leaver, String company, String month) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertEquals(month, en.requireFact(FactType.EMPLOYMENT_END, leaver, company).date().value(), en.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Foods took over the Akron plant from Corvant Systems, Mark Hale said.|Mark Hale",
            "Omar Haddad took over as CEO, and a letter from Mark Hale thanked the staff.|Mark Hale"})
    void aNameNotRightAfterTheTakeoverLeavesNothing(String text, String person) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END
                && f.subject().equals(en.requireEntity(person).id())), en.describeFacts());
    }
}
