package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** "Branson Ventures": a known person's surname opening a firm's name. Texts written here. */
class SurnameNamedFirmsTest {
    @Test
    void aKnownSurnameOpensTheFirm() {
        Extracted x = Extracted.of("Kestova Health raised $8 million, with Branson Voyages among its backers.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Branson Voyages").type(), x.names());
        assertTrue(x.entity("Voyages").isEmpty(), x.names());
    }

    @Test
    void aDayAfterTheSurnameIsNoFirm() {
        Extracted x = Extracted.of("Kestova Health shares rose after Branson Tuesday praised the firm.", "2025-01-01");
        assertTrue(x.entity("Branson Tuesday").isEmpty(), x.names());
    }
}
