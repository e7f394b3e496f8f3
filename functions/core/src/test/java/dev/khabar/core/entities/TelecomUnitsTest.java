package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** A known telecom group's unit named by its line of business: "Verizon Wireless", "Vodafone Broadband". Texts written here. */
class TelecomUnitsTest {
    @Test
    void wirelessUnitIsItsOwnName() {
        Extracted x = Extracted.of("Verizon Wireless is slated to launch trials in four cities in 2018.", "2018-09-11");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Verizon Wireless").type(), x.names());
        assertFalse(x.entity("Verizon").isPresent(), x.names());
    }

    @Test
    void broadbandUnitIsItsOwnName() {
        Extracted x = Extracted.of("Vodafone Broadband grew faster than the rest of the group.", "2018-09-11");
        x.requireEntity("Vodafone Broadband");
    }

    @Test
    void theLowerCaseWordAfterTheGroupIsNoUnit() {
        Extracted x = Extracted.of("Analysts said wireless demand at Verizon rose.", "2018-09-11");
        x.requireEntity("Verizon");
        assertFalse(x.entity("Verizon Wireless").isPresent(), x.names());
    }
}
