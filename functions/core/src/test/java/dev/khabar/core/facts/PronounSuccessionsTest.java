package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A successor told in the sentence after a departure, the one replaced named by a pronoun ("X will step down. Y will
 * succeed her", "She will be replaced by Y"): the successor takes the post and the company the departure left. Texts
 * written here.
 */
class PronounSuccessionsTest {
    private static final String LEFT = "Sofia Lindqvist, the chief executive of Kestrel Mining, will step down in June. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "She will be replaced by Omar Haddad.|CEO",
            "Omar Haddad will succeed her.|CEO",
            "Omar Haddad, the company's finance chief, will replace her.|CEO"})
    void theSuccessorTakesThePostLeft(String next, String role) {
        Extracted e = Extracted.of(LEFT + next, "2024-05-10");
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_START, "Omar Haddad", "Kestrel Mining").role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining reported profits. Omar Haddad will succeed her.",
            "Kestrel Mining said Sofia Lindqvist had met Lena Fischer. Omar Haddad will succeed her.",
            "Sofia Lindqvist said demand is rising at Kestrel Mining. Omar Haddad will succeed her."})
    void noDepartureToldIsNoSuccession(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Omar Haddad", "Kestrel Mining").isEmpty(), e.describeFacts());
    }
}
