package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names with words glued by a slash ("Ground/Air Task Oriented Radar") are one name, their acronym in parentheses
 * ("G/ATOR") another spelling of it; a made thing before "systems" or "radar" is a product.
 */
class SlashNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It supports the Ground/Air Task Oriented Radar (G/ATOR) program.|Ground/Air Task Oriented Radar|G/ATOR",
            "The Sea/Land Cargo Tracker (S/LCT) went live in May.|Sea/Land Cargo Tracker|S/LCT",
            "Work on the Cyber/Missile Defense Suite (C/MDS) slowed.|Cyber/Missile Defense Suite|C/MDS"})
    void theSlashJoinsOneNameAndItsAcronym(String text, String name, String acronym) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(name).aliases().contains(acronym), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Elbit will make Squad Binocular Night Vision Goggle systems for the army.|Squad Binocular Night Vision Goggle",
            "The army bought Kestrel Vision radars last year.|Kestrel Vision",
            "Corvane ships Falcon Eye goggles to police forces.|Falcon Eye"})
    void aNameBeforeSystemsIsAProduct(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
    }
}
