package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «غرب أفريقيا», «شرق آسيا», «أوروبا الشرقية»: a region of a continent is one place, not the continent; «جنوب أفريقيا»
 * stays the country. Texts written here.
 */
class ArabicRegionsOfContinentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتتوسع المنصة في غرب أفريقيا خلال العام المقبل.|غرب أفريقيا|West Africa",
            "وتملك المجموعة مصانع في شرق إفريقيا.|شرق إفريقيا|East Africa",
            "وتستهدف الشركة أسواق شرق آسيا بمنتجاتها.|شرق آسيا|East Asia",
            "وافتتح البنك مكاتب في أوروبا الشرقية.|أوروبا الشرقية|Eastern Europe",
            "وتنشط الشركة في جنوب آسيا منذ عقد.|جنوب آسيا|South Asia"})
    void aRegionIsOnePlace(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(name, x.withAlias(alias).name(), x.names());
        assertTrue(x.entity("Africa").isEmpty() && x.entity("Asia").isEmpty() && x.entity("Europe").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وافتتحت الشركة مكتبا في جنوب أفريقيا.|جنوب أفريقيا|South Africa"})
    void theCountryStaysTheCountry(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }
}
