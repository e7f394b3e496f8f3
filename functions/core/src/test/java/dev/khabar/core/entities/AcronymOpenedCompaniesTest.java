package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An acronym the stop words hold for a unit or a technology ("MB", "GPS", "SIM") opens a company's name when
 * capitalized words and a company's ending follow it, and that company's name without the ending later; after a
 * number it stays a unit.
 */
class AcronymOpenedCompaniesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Regulators cleared the sale of GPS Orbital Holdings to a rival.|GPS Orbital Holdings",
            "Shareholders of MB Carrow Bank Ltd. voted on Monday.|MB Carrow Bank Ltd",
            "Analysts said SIM Telvara Group would raise prices.|SIM Telvara Group"})
    void theAcronymOpensTheCompanysName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }

    @Test
    void theCompanyNamedAgainWithoutItsEndingIsTheSame() {
        Extracted x = Extracted.of("KB Harwell Inc. agreed a merger in May. Under the plan, KB Harwell will close 12 branches.",
                "2025-01-01");
        assertTrue(x.requireEntity("KB Harwell").aliases().contains("KB Harwell Inc"), x.names());
        assertEquals(1, x.document().entities().size(), x.names());
    }

    @Test
    void afterANumberTheAcronymIsAUnit() {
        Extracted x = Extracted.of("The handset ships with 512 MB Storage Group modules.", "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().startsWith("MB")), x.names());
    }
}
