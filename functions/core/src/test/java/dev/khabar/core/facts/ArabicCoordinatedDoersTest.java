package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An Arabic verb's subject follows it: the persons joined to its doer by و share the move or the founding. */
class ArabicCoordinatedDoersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وانضم سامي الدوسري وماجد الحسن إلى شركة الأفق للتجارة.|EMPLOYMENT_START",
            "واستقال سامي الدوسري وماجد الحسن من شركة الأفق للتجارة.|EMPLOYMENT_END",
            "وغادر سامي الدوسري وماجد الحسن شركة الأفق للتجارة.|EMPLOYMENT_END",
            "وأسس سامي الدوسري وماجد الحسن شركة الأفق للتجارة عام 1995.|FOUNDED"})
    void theSecondDoerMovesToo(String text, FactType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(type, "سامي الدوسري", "شركة الأفق للتجارة"), x.describeFacts());
        assertTrue(x.hasFactByAlias(type, "ماجد الحسن", "شركة الأفق للتجارة"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وانضم سامي الدوسري إلى شركة الأفق للتجارة وماجد الحسن إلى بنك الريان.|EMPLOYMENT_START",
            "واستقال سامي الدوسري من شركة الأفق للتجارة وقال ماجد الحسن إن القرار مفاجئ.|EMPLOYMENT_END"})
    void aPersonOfAnotherClauseDoesNot(String text, FactType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(type, "ماجد الحسن", "شركة الأفق للتجارة"), x.describeFacts());
    }
}
