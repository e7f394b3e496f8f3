package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Common words closed by a company's ending right after a known company's name ("Sinopec Marine Group") name an
 * affiliate, one company whose name holds the known one; one common word is only the known company's line ("Oracle
 * Retail"). Texts written here.
 */
class KnownCompanyAffiliatesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-04-22");
    }

    @Test
    void theAffiliateIsNamedWhole() {
        Extracted e = x("The tender was won by Orvane, Sinopec Marine Group and Kestrel Mining.");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Sinopec Marine Group").type(), e.names());
        assertTrue(e.entity("Marine Group").isEmpty() && e.entity("Sinopec").isEmpty(), e.names());
    }

    @Test
    void anAffiliateMayCloseWithTheCountryItServes() {
        Extracted e = x("Citi folded its branches into a local lender to form Citi Bank Kenya last year.");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Citi Bank Kenya").type(), e.names());
        assertTrue(e.entity("Bank Kenya").isEmpty(), e.names());
    }

    @Test
    void aCountryAfterACommonWordAloneIsNoAffiliate() {
        Extracted e = x("Citi Growth Kenya said it would hire staff.");
        assertTrue(e.entity("Citi Growth Kenya").isEmpty(), e.names());
    }

    @Test
    void theKnownCompanyAloneStaysItself() {
        Extracted e = x("Sinopec, Orvane and Kestrel Mining bid for the block, Sinopec Group said.");
        assertTrue(e.entity("Sinopec").isPresent(), e.names());
    }
}
