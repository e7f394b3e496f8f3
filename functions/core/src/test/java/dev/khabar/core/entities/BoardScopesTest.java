package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the Global Advisory Board of Takeda", "The International Advisory Board met": a board named by its reach and common
 * words is no organization of its own; a company named with such words is ("Global Advisory Partners"). Texts
 * written here.
 */
class BoardScopesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Berg is a member of the Global Advisory Board of Halden Bank.|Global Advisory Board",
            "The International Advisory Board met in Geneva on Monday.|International Advisory Board",
            "Tom Hale joined the Strategic Advisory Board of Orbit Labs in May.|Strategic Advisory Board"})
    void aBoardByItsReachIsNoName(String text, String board) {
        Extracted e = x(text);
        assertTrue(e.entity(board).isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Global Advisory Partners invested in Orbit Labs.|Global Advisory Partners",
            "International Business Machines hired Tom Hale.|International Business Machines"})
    void aCompanyWithSuchWordsStaysACompany(String text, String org) {
        Extracted e = x(text);
        assertEquals(EntityType.ORGANIZATION, e.requireEntity(org).type(), e.names());
    }
}
