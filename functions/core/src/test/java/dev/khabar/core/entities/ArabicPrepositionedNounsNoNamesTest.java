package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare word before a nationality's feminine adjective names a company («زيفرا الإماراتية»); a word with the article
 * under a preposition there («بالسوق», «للتطوير») is a common noun and names none.
 */
class ArabicPrepositionedNounsNoNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتتوسع الشركة بالأسواق الخليجية منذ عامين.",
            "وقدمت شركة «نوران» للتطوير الأردنية عرضا للشراء.",
            "وتنشط المجموعة في السوق وللتجزئة المغربية فروع كثيرة."})
    void aDefiniteNounUnderAPrepositionIsNoCompany(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream())
                .noneMatch(a -> a.startsWith("بال") || a.startsWith("لل") || a.startsWith("ولل")), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"واستحوذت زيفرا الإماراتية على منافستها.|زيفرا"})
    void aBareWordBeforeTheAdjectiveStillIsOne(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }
}
