package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A given name written as initials before a surname, or a middle initial without its period, with a title beside it,
 * is a person's name.
 */
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
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velmora Group chairman R Subramanian opened the new plant.|R Subramanian|PERSON",
            "The startup was founded by chief executive Ravi K Menon in 2019.|Ravi K Menon|PERSON",
            "Brenwick named Anita S Rao as its chief financial officer.|Anita S Rao|PERSON",
            "The round was led by Plan B Capital and Tovalo.|Plan B Capital|ORGANIZATION"})
    void oneInitialWithoutItsPeriodBeforeOrInsideAName(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.requireEntity(name).type(), x.names());
    }
}
