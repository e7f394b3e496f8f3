package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fund, bank or group named by its cue and a foreign name of two words keeps the second when it is a company's word
 * written in Arabic letters («فنتشرز», «كابيتال»), whatever follows: a person, a preposition. Texts written here.
 */
class ArabicFundNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقاد الجولة صندوق نوفا فنتشرز بمشاركة شركة زيفرا.|نوفا فنتشرز",
            "وقال الشريك المؤسس لصندوق نوفا فنتشرز سامي الحربي إن الاستثمار مهم.|نوفا فنتشرز",
            "وقال الشريك الإداري في صندوق نوفا كابيتال سامي الحربي إن الاستثمار يعكس الثقة.|نوفا كابيتال"})
    void theCompanysWordIsPartOfTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().anyMatch(e -> e.aliases().stream().anyMatch(a -> a.endsWith(name))),
                x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().startsWith("Fntshrz") || e.name().startsWith("Kabytal")),
                x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a word that is no company's ends the name after the first
            "وقاد الجولة صندوق نوفا بمشاركة شركة زيفرا.|صندوق نوفا بمشاركة"})
    void anyOtherWordIsNot(String text, String notName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream()).noneMatch(a -> a.contains(notName)),
                x.names());
    }
}
