package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An industrial group's contracting arm is named by its trade after the group's name ("Samsung Engineering", "Hyundai
 * Engineering & Construction"): one company of its own, not the group. Texts written here.
 */
class ContractingArmNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The pipeline job went to Samsung Engineering in March.|Samsung Engineering|Samsung",
            "The port works were given to Hyundai Engineering & Construction after a tender.|Hyundai Engineering & Construction|Hyundai"})
    void theArmIsNamedWhole(String text, String arm, String group) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(arm).type(), x.names());
        assertTrue(x.entity(group).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Samsung said engineering costs rose this year.|Samsung"})
    void aLowercaseTradeIsNoName(String text, String group) {
        Extracted.of(text, "2025-01-01").requireEntity(group);
    }
}
