package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A given name written as two initials before a surname, with a title beside it, is a person's name. */
class InitialsPersonTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"We are proud,\" Corvik's mobile division president TK Moon said on Monday.|TK Moon|PERSON",
            "Brenwick named AJ Varga as its chief operating officer.|AJ Varga|PERSON",
            "Chief executive RB Lund said the plant would close.|RB Lund|PERSON",
            "Tovalo bought a stake in KX Robotics last year.|KX Robotics|ORGANIZATION"})
    void initialsAndASurnameWithATitleAreAPerson(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.requireEntity(name).type(), x.names());
    }
}
