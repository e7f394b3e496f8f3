package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A given name and a surname before "and" are a person, not the first half of the company named after "and"
 * ("chief executive Jane Roe and Brisk Bank president Tom Baker"); one word before "and" still opens a company's
 * name ("Marks and Spencer Group"). Texts written here.
 */
class PersonBeforeAndTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The agreement was signed by Acme Corp chief executive Jane Roe and Brisk Bank president Tom Baker.|Jane Roe|PERSON",
            "Acme Corp chief executive Jane Roe and Brisk Bank president Tom Baker attended the launch.|Brisk Bank|ORGANIZATION",
            "The deal was announced by Kelvo Motors chairman Peter Lang and Orvane Group chief executive Maria Gomez.|Orvane Group|ORGANIZATION",
            "Shares of Marks and Spencer Group rose on Monday.|Marks and Spencer Group|ORGANIZATION"})
    void theNamesOnEachSideOfAnd(String text, String name, EntityType type) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.entity(name).filter(x -> x.type() == type).isPresent(), e.names());
    }
}
