package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An Arabic cardinal after a company's name («وأربع شركات») counts more companies; it is no part of any name. */
class ArabicCountsNoNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أبرمت العقود مع شركة نوفاتك الأميركية وأربع شركات طيران أخرى.|نوفاتك",
            "أبرمت العقود مع شركة نوفاتك وثلاث شركات أخرى.|نوفاتك",
            "وقعت الاتفاق شركة نوفاتك وخمس شركات ناشئة.|نوفاتك"})
    void theCountIsNoName(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(List.of(company), x.document().entities().stream().map(e -> e.aliases().get(0)).toList(), x.names());
    }
}
