package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Works named by their own name and a noun written small ("the Nadeem project", "the Tarmeen petrochemicals complex",
 * "the Al Qarin offshore oil field"), and sites described before their name ("the existing Volgar refinery"), are
 * facilities named with the noun, not companies. Texts written here.
 */
class NamedWorksTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-09-03");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvane signed contracts to build the $4 billion Tarmeen petrochemicals complex near Yanbu.|Tarmeen petrochemicals complex",
            "The new line joins the existing Volgar refinery, Orvane said.|Volgar refinery",
            "Kestrel won the works on the Nadeem project, which will add capacity.|Nadeem project",
            "The wells will lift output from the Al Qarin offshore oil field by 2028.|Al Qarin offshore oil field"})
    void theWorksAreAFacility(String text, String facility) {
        Extracted e = x(text);
        assertEquals(EntityType.FACILITY, e.requireEntity(facility).type(), e.names());
    }

    @Test
    void theFacilityIsWhereItStands() {
        Extracted e = x("Orvane signed contracts to build the $4 billion Tarmeen petrochemicals complex in Yanbu.");
        e.requireFact(FactType.LOCATED_IN, "Tarmeen petrochemicals complex", "Yanbu");
    }

    @Test
    void aNounQualifyingAnotherNamesNoWorks() {
        Extracted e = x("Orvane bought the Kestrel project management firm in May.");
        assertTrue(e.entity("Kestrel project").isEmpty(), e.names());
        assertTrue(e.entity("Kestrel").isPresent(), e.names());
    }
}
