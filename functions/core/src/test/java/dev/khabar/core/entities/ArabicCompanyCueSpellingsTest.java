package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company named after a person, with its country and its trade («شركة سعد الحربي السعودية للمقاولات»), is one name;
 * and a company written after its cue noun is also spelled with it («شركة أيان للاستثمار»).
 */
class ArabicCompanyCueSpellingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت المؤسسة مذكرة مع شركة سعد الحربي السعودية للمقاولات أمس.|سعد الحربي السعودية للمقاولات",
            "وفازت شركة خالد الشمري الكويتية للتجارة بالعقد.|خالد الشمري الكويتية للتجارة",
            "واستحوذت شركة سامي الفارس الأردنية للتجارة على المصنع.|سامي الفارس الأردنية للتجارة"})
    void thePersonTheCountryAndTheTradeAreOneName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباعت الشركة حصتها لشركة أيان للاستثمار أمس.|أيان للاستثمار|شركة أيان للاستثمار",
            "وقالت مجموعة الحكير للتطوير إن الأرباح ارتفعت.|الحكير للتطوير|مجموعة الحكير للتطوير",
            "ووقعت الوزارة اتفاقا مع شركة نماء للتقنية.|نماء للتقنية|شركة نماء للتقنية"})
    void theCueNounIsAnotherSpellingOfTheName(String text, String name, String cued) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.withAlias(name).aliases().contains(cued), x.names());
    }
}
