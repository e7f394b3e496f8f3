package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تولى X رئاسة Y التنفيذية» (the CEO's post), «تولى X إدارة Y» (the general manager's): the office taken named by
 * the verbal noun of doing it. Texts written here.
 */
class ArabicOfficeNounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتولى خالد العتيبي رئاسة شركة طيران الخليج التنفيذية في أغسطس 2009.|Khaled Al-Atibi|Gulf Air|CEO",
            "وتولى خالد العتيبي إدارة شركة سابك عام 2015.|Khaled Al-Atibi|SABIC|general manager",
            "وتولى محمد الشمري رئاسة سابك التنفيذية في مارس 2020.|Mohamed Al-Shmri|SABIC|CEO"})
    void theOfficeOfAVerbalNounTaken(String text, String person, String org, String role) {
        assertEquals(role, Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_START, person, org).role());
    }
}
