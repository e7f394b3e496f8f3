package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The people named right after a move's "alongside", "along with" or "together with" move with its doer, each in the
 * title they are named with: "Voss was fired alongside risk chief Ruben Kade and Halla Brun". Texts
 * written here.
 */
class MovesAlongsideTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Bank has fired its chief executive Omar Haddad. Haddad was fired alongside chief risk officer Ruben Kade and Halla Brun, executive director for retail lending.|Ruben Kade|Kestrel Bank|chief risk officer",
            "Kestrel Bank has fired its chief executive Omar Haddad. Haddad was fired alongside chief risk officer Ruben Kade and Halla Brun, executive director for retail lending.|Halla Brun|Kestrel Bank|executive director",
            "Tarvo Mining said chief executive Jane Roe resigned together with finance director Amara Eze.|Amara Eze|Tarvo Mining|finance director"})
    void theCompanionsMoveToo(String text, String person, String employer, String role) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(role, x.requireFact(FactType.EMPLOYMENT_END, person, employer).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe joined Kestrel Bank alongside analysts at Halvern Capital.|Halvern Capital",
            "Jane Roe resigned from Tarvo Mining, and analyst Omar Haddad said shares fell.|Omar Haddad"})
    void noCompanionNamedNoMove(String text, String other) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_END
                || f.type() == FactType.EMPLOYMENT_START).allMatch(f -> x.entity(other).map(e -> !e.id().equals(f.subject())).orElse(true)),
                x.describeFacts());
    }
}
