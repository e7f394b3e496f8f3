package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "stand down", in its every form, leaves a post as "step down" does. Texts written here. */
class StandingDownTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rafael Okafor has stood down as chairman of Kestrel Properties.|Rafael Okafor|Kestrel Properties|chairman",
            "Jane Roe, chief executive of Tarvo Mining, will stand down at the end of the year.|Jane Roe|Tarvo Mining|CEO",
            "Tarvo Mining said its chairman John Doe is standing down after nine years.|John Doe|Tarvo Mining|chairman",
            "Dunmore Bank said finance director Amara Eze stands down next month.|Amara Eze|Dunmore Bank|finance director"})
    void standingDownEndsThePost(String text, String person, String employer, String role) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(role, x.requireFact(FactType.EMPLOYMENT_END, person, employer).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The rebels agreed to stand down their forces near Kestrel Mining's site.",
            "Kestrel Mining stood down its night shift while the pumps were repaired."})
    void noPersonNoDeparture(String text) {
        assertFalse(Extracted.of(text, "2024-05-10").hasFactOfType(FactType.EMPLOYMENT_END));
    }
}
