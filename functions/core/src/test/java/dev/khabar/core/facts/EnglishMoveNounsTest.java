package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Moves told by a noun ("the appointment of X as CEO", "X's appointment as CEO of Acme", "the dismissal of its chief
 * executive, X") or by "parting ways": the person of the noun's "of" or possessive takes or leaves the post. Texts
 * written here.
 */
class EnglishMoveNounsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining announced the appointment of Sofia Lindqvist as chief executive.|EMPLOYMENT_START|CEO",
            "The appointment of Sofia Lindqvist as chief executive of Kestrel Mining takes effect in June.|EMPLOYMENT_START|CEO",
            "Sofia Lindqvist's appointment as chief executive of Kestrel Mining was announced on Monday.|EMPLOYMENT_START|CEO",
            "Kestrel Mining announced the promotion of Sofia Lindqvist to chief operating officer.|EMPLOYMENT_START|COO",
            "Kestrel Mining announced the dismissal of its chief executive, Sofia Lindqvist.|EMPLOYMENT_END|CEO",
            "The ouster of Sofia Lindqvist as chief executive of Kestrel Mining shocked investors.|EMPLOYMENT_END|CEO"})
    void theNounsPersonMoves(String text, FactType type, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(type, "Sofia Lindqvist", "Kestrel Mining").role());
        assertTrue(e.fact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sofia Lindqvist parted ways with Kestrel Mining in March.|true",
            "Kestrel Mining and its chief executive Sofia Lindqvist have parted ways with each other.|true",
            "Sofia Lindqvist said Kestrel Mining parted ways with Altaro Energy in March.|false",
            "Sofia Lindqvist welcomed the promotion of Kestrel Mining's new drill.|false"})
    void partingWaysIsADepartureOnlyOfThePerson(String text, boolean left) {
        Extracted e = x(text);
        assertEquals(left, e.fact(FactType.EMPLOYMENT_END, "Sofia Lindqvist", "Kestrel Mining").isPresent(), e.describeFacts());
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
    }
}
