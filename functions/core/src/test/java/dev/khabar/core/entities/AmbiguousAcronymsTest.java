package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/** An acronym several bodies share («ICD») names none of them by itself in the gazetteer. Texts written here. */
class AmbiguousAcronymsTest {
    @Test
    void icdAloneIsNotTheIslamicCorporation() {
        Extracted x = Extracted.of("Backers of the round include ICD, the Dubai state investor, and a local bank.", "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().startsWith("Islamic Corporation")), x.names());
    }
}
