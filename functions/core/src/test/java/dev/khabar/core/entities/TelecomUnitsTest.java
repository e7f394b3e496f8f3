package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** A known telecom group's unit named by its line of business: "Orange Wireless", "Orange Broadband". Texts written here. */
class TelecomUnitsTest {
    @Test
    void wirelessUnitIsItsOwnName() {
        Extracted x = Extracted.of("Orange Wireless will begin pilots in six towns next spring.", "2018-09-11");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Orange Wireless").type(), x.names());
        assertFalse(x.entity("Orange").isPresent(), x.names());
    }

    @Test
    void broadbandUnitIsItsOwnName() {
        Extracted x = Extracted.of("Orange Broadband grew faster than the rest of the group.", "2018-09-11");
        x.requireEntity("Orange Broadband");
    }

    @Test
    void theLowerCaseWordAfterTheGroupIsNoUnit() {
        Extracted x = Extracted.of("Analysts said wireless demand at Orange rose.", "2018-09-11");
        x.requireEntity("Orange");
        assertFalse(x.entity("Orange Wireless").isPresent(), x.names());
    }
}
