package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «شركة نوافذ القابضة»: "holding" is part of a company's name after شركة, as after مجموعة. */
class ArabicHoldingNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة نوافذ القابضة نتائجها.|نوافذ القابضة",
            "وأعلنت شركة نوافذ القابضة للاستثمار نتائجها.|نوافذ القابضة للاستثمار",
            "وأعلنت شركة رواسي نتائجها أمس.|رواسي"})
    void theHoldingStaysInTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال كريم العتيبي، الرئيس التنفيذي لشركة نوافذ القابضة والمدير العام لشركة رواسي للتطوير، إن الصفقة مهمة.|رواسي للتطوير",
            "وقال كريم العتيبي، الرئيس التنفيذي لشركة نوافذ القابضة والمدير العام لشركة رواسي للتطوير، إن الصفقة مهمة.|نوافذ القابضة"})
    void bothTitlesOfThePersonHoldRoles(String text, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "كريم العتيبي", org), x.describeFacts());
    }
}
