package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/**
 * Well-known companies whose full names hold a shorter known name or a company ending: the gazetteer's full name is
 * matched whole, and the shorter name inside it stays unread. Texts written here.
 */
class KnownCompanyFullNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-02-14");
    }

    @Test
    void theLongerBankNameIsNotTheShorterOne() {
        Extracted e = x("Lenders to Orvane include First Gulf Bank and Kestrel Finance.");
        assertTrue(e.entity("First Gulf Bank").isPresent() && e.entity("Gulf Bank").isEmpty(), e.names());
    }

    @Test
    void theOperatorsRegisteredNameIsOneCompany() {
        Extracted e = x("The consortium counts Telmora, Reliance Jio Infocomm and Cable and Wireless among its members.");
        assertTrue(e.spelled("Reliance Jio Infocomm").isPresent() && e.entity("Infocomm").isEmpty(), e.names());
        assertTrue(e.spelled("Cable and Wireless").isPresent() && e.entity("Cable").isEmpty() && e.entity("Wireless").isEmpty(),
                e.names());
    }
}
