package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Dave Zinsner" beside "David Zinsner": a familiar form of the given name with the same surname is one person. Texts written here. */
class FamiliarGivenNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "David Marsh will remain chief financial officer of Kelvo Labs. Dave Marsh joined in 2017.|David Marsh|Dave Marsh",
            "Robert Quill leads Brisko Bank. Analysts say Bob Quill has cut costs.|Robert Quill|Bob Quill",
            "William Tarr chairs Orvane Group. Bill Tarr said sales rose.|William Tarr|Bill Tarr"})
    void theFamiliarFormIsTheSamePerson(String text, String full, String familiar) {
        Extracted e = x(text);
        assertTrue(e.entity(familiar).isEmpty() && e.requireEntity(full).aliases().contains(familiar), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "David Marsh runs Kelvo Labs. Daniel Marsh runs Brisko Bank.|David Marsh|Daniel Marsh"})
    void anotherGivenNameIsAnotherPerson(String text, String one, String other) {
        Extracted e = x(text);
        e.requireEntity(one);
        e.requireEntity(other);
    }
}
