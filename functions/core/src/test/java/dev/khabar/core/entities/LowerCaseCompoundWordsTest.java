package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** "Halal-certified", "a Wallet-as-a-Service tool": a capitalized word inside a lowercase compound names nothing. Texts written here. */
class LowerCaseCompoundWordsTest {
    @Test
    void aWordBeforeALowercaseCompoundTail() {
        Extracted x = Extracted.of("Marwick Capital expanded its Halal-friendly lending to Kenya last year.", "2025-01-01");
        assertTrue(x.entity("Halal").isEmpty(), x.names());
        x.requireEntity("Marwick Capital");
    }

    @Test
    void theWordsOfAnAsAServiceCompound() {
        Extracted x = Extracted.of("Dorvane sells a Wallet-as-a-Platform product to banks in Peru.", "2025-01-01");
        assertTrue(x.entity("Wallet").isEmpty(), x.names());
        assertTrue(x.entity("Platform").isEmpty(), x.names());
    }

    @Test
    void aParticipleAfterTheHyphenKeepsTheName() {
        Extracted x = Extracted.of("The deal was signed by Quorvex-backed Brightwell Labs on Monday.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Brightwell Labs").type(), x.names());
        Extracted y = Extracted.of("Talvo, a Quorvex-owned insurer, hired ten engineers.", "2025-01-01");
        y.requireEntity("Quorvex");
    }
}
