package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A capitalized unit of measure after a number names nothing; the names around it stay. Texts written here. */
class MeasuresTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The wind farm will add 450 Megawatts of capacity near Tavira.|Megawatts|Tavira",
            "The new link carries 32 Terabytes per second to Corvane Bay.|Terabytes|Corvane Bay",
            "The pipeline runs 65 Kilometres from Port Asmar.|Kilometres|Port Asmar",
            "Output at Qarvash Field rose to 2 Million Barrels a day.|Million Barrels|Qarvash Field",
            "The smelter in Orlen Valley makes 900 Tonnes of aluminium a week.|Tonnes|Orlen Valley",
            "Storage of 40 Gigawatt-hours was promised by Halvex Energy.|Gigawatt-hours|Halvex Energy"})
    void aUnitAfterANumberIsNoName(String text, String unit, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(unit).isEmpty(), x.names());
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In 2021 Watts Logistics bought a depot in Tavira.|Watts Logistics",
            "The 3 Bytes Studio team joined Corvane.|Corvane",
            "In 2019 Miles joined Corvane as its chief engineer.|Miles"})
    void aNameAfterANumberStays(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
