package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A place's government named in English is one organization, named as written. Texts written here. */
class EnglishGovernmentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Earlier this year, Norvik partnered with the Abu Dhabi government on cloud services.|Abu Dhabi government",
            "Halvor Rail signed a contract with the government of Kenya to build a railway.|government of Kenya",
            "The UK government awarded a contract to Brask Defence.|UK government"})
    void theGovernmentIsAnOrganization(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @Test
    void itIsAPartyToDeals() {
        Extracted x = Extracted.of("Earlier this year, Norvik partnered with the Abu Dhabi government and Core42.", "2025-01-01");
        x.requireFact(FactType.PARTNERSHIP, "Norvik", "Abu Dhabi government");
        x.requireFact(FactType.PARTNERSHIP, "Norvik", "Core42");
    }

    @Test
    void aLongerNameGoesOn() {
        Extracted x = Extracted.of("The signing took place within the Dubai Government Pavilion.", "2025-01-01");
        assertTrue(x.entity("Dubai Government").isEmpty(), x.names());
    }
}
