package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A month before a capitalized word opens a person's name only when nothing marks it as a date: not after a date's
 * preposition, not before a name already known, not joined to another month. Texts written here.
 */
class MonthsBeforeNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-11-20");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In August Ericsson signed a supply deal with Orvane Telecom.",
            "Since March Quellix has hired forty engineers.",
            "Margins recovered after the October-December period, Orvane Telecom said."})
    void theMonthIsADate(String text) {
        Extracted e = x(text);
        assertTrue(e.entity("August").isEmpty() && e.entity("March Quellix").isEmpty() && e.entity("October-December").isEmpty(),
                e.names());
    }

    @Test
    void aDatedMonthLeavesTheCompanyAfterIt() {
        Extracted e = x("Since March Quellix has hired forty engineers.");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Quellix").type(), e.names());
    }

    @Test
    void aMonthThatIsAGivenNameStillOpensAName() {
        Extracted e = x("Priya Nair and June Halloway founded Tessaly, a payments startup.");
        assertEquals(EntityType.PERSON, e.requireEntity("June Halloway").type(), e.names());
    }
}
