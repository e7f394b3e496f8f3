package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In Arabic text a Latin name joined by a spaced "&" is one name, not two. */
class ArabicLatinAmpersandTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتبيع الشركة سماعات من علامة Brenwick & Lund في أسواق الخليج.|Brenwick & Lund|Lund",
            "وقالت شركة Corvik & Hale إنها ستفتح مكتبا في دبي.|Corvik & Hale|Hale",
            "واستعانت الحكومة بشركة Tovalo & Marsh للاستشارات.|Tovalo & Marsh|Marsh"})
    void aSpacedAmpersandJoinsOneName(String text, String name, String half) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.name().startsWith(name)), x.names());
        assertTrue(x.entity(half).isEmpty(), x.names());
    }
}
