package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/**
 * "Committee" ends a body's name as "Council" and "Commission" do; alone after "the" it is the common noun of a
 * committee named before, capitalized in deference. Texts written here.
 */
class CommitteeNounTest {
    @Test
    void theCommitteeAloneIsNoName() {
        Extracted e = Extracted.of("Brenwick Steel set up a Logistics Review Committee in March. The Committee reports to"
                + " the chairman of Brenwick Steel.", "2024-03-30");
        assertTrue(e.entity("Committee").isEmpty(), e.names());
        assertTrue(e.entity("Logistics Review Committee").isPresent(), e.names());
    }
}
