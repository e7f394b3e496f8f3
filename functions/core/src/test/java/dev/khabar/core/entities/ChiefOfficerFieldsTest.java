package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words between "Chief" and "Officer" are the office's field, not a name. */
class ChiefOfficerFieldsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "At Orbis Bank he was Chief Commercial Officer, and later he ran Kelto Bank.|Commercial",
            "At Orbis Bank she was Chief Investment Officer, then she left.|Investment",
            "He served as Chief Human Resources Officer, then joined Kelto Bank.|Human Resources",
            "She was Chief Digital Officer, a post she held for two years.|Digital"})
    void theFieldIsNoName(String text, String field) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(field).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe, Chief Executive Officer of Orbis Bank, said sales rose.|Orbis Bank",
            "Orbis Bank Chief Executive Officer Jane Roe said sales rose.|Jane Roe"})
    void namesBesideTheTitleStay(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
