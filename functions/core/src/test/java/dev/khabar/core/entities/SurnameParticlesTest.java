package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lower-case particles inside a person's name ("Carlos dos Santos", "Pieter van der Berg", "Juan de la Cruz") keep it
 * whole and count as no word of it. Texts written here.
 */
class SurnameParticlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining appointed Carlos dos Santos as chief financial officer.|Carlos dos Santos",
            "Pieter van der Berg, chief executive of Kestrel Mining, said demand is rising.|Pieter van der Berg",
            "Kestrel Mining hired Maria da Silva and Juan de la Cruz.|Juan de la Cruz",
            "Lorenzo di Marco, chairman of Kestrel Mining, said demand is rising.|Lorenzo di Marco"})
    void theNameIsWhole(String text, String name) {
        assertEquals(EntityType.PERSON, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bank of Kestrel said demand is rising.|Bank of Kestrel",
            "Kestrel Mining said the la Plata mine would close.|Kestrel Mining"})
    void aCompanyStaysOne(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity(name).type());
        assertTrue(e.entity("Kestrel Mining said the la Plata").isEmpty());
    }
}
