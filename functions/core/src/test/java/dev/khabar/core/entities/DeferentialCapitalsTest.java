package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Common nouns capitalized in deference after a determiner ("the Government has", "our Armed Forces", "a renowned
 * Chartered Accountant") name nothing;
 * a capitalized word that qualifies the noun after it ("the Falcon pipeline") does. Texts written here.
 */
class DeferentialCapitalsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Analysts said the Government has delayed the tender for Norvale Robotics.|Government",
            "The Chancellor met Norvale Robotics in London on Monday.|Chancellor",
            "Norvale Robotics chief Jane Roe said the deal would help our Armed Forces modernise.|Armed Forces",
            "Norvale Robotics said its Board will meet in May.|Board",
            "Norvale Robotics has hired Jane Roe, a renowned Chartered Accountant, as finance chief.|Chartered Accountant",
            "Jane Roe joined Norvale Robotics as an Executive Director in May.|Executive Director"})
    void aDeferentialCapitalIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Norvale Robotics").type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvale Robotics will extend the Falcon pipeline to Oman next year.|Falcon",
            "After the Harbor acquisition, Norvale Robotics cut 40 jobs.|Harbor",
            "Jane Roe opened a Silver Birch store for Norvale Robotics.|Silver Birch"})
    void aCapitalQualifyingTheNounAfterItIsAName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isPresent(), x.names());
    }
}
