package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the resignation of X", "the retirement of X", "the sacking of X": only a person resigns, retires or is sacked, so the
 * name after "of" is a person's even when its given name is unknown, and the sacking ends a post as "sacked" does.
 * "departure" and "exit" are not such nouns: companies depart markets and investors exit stakes. Texts written here.
 */
class LeavingNounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Bank confirmed the resignation of Valtor Brisk last September.|Valtor Brisk",
            "Tarvo Mining announced the retirement of Ilsabet Marchetti after 30 years.|Ilsabet Marchetti",
            "Shareholders welcomed the dismissal of Koray Ardent on Monday.|Koray Ardent",
            "The ouster of Dariel Fenwick surprised Dunmore Labs staff.|Dariel Fenwick"})
    void theOneWhoLeavesIsAPerson(String text, String name) {
        assertEquals(EntityType.PERSON, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Bank confirmed the resignation of Valtor Brisk last September.|Valtor Brisk|Kestrel Bank",
            "Tarvo Mining announced the sacking of Ilsabet Marchetti, its finance chief.|Ilsabet Marchetti|Tarvo Mining"})
    void theLeavingEndsThePost(String text, String person, String employer) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_END, person, employer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Analysts noted the departure of Halvern Capital from the index.|Halvern Capital",
            "The exit of Brightwater Partners from its stake was completed.|Brightwater Partners"})
    void aCompanysDepartureOrExitNamesNoPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.entity(name).ifPresent(e -> assertNotEquals(EntityType.PERSON, e.type()));
    }
}
