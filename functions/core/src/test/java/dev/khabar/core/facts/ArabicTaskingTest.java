package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «كلّف», «تكليف»: tasking a person with a post («بمهام الرئيس التنفيذي», «بمنصب», «بإدارة») is a move; with a job, none. */
class ArabicTaskingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكلفت شركة الأفق للتجارة سامي الدوسري بمهام الرئيس التنفيذي.",
            "وكلف مجلس إدارة شركة الأفق للتجارة سامي الدوسري بمهام الرئيس التنفيذي بالإنابة.",
            "وقررت شركة الأفق للتجارة تكليف سامي الدوسري بإدارة الشركة.",
            "وأعلنت شركة الأفق للتجارة تكليف سامي الدوسري بمنصب المدير المالي."})
    void taskedWithAPost(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, "سامي الدوسري", "شركة الأفق للتجارة"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكلفت شركة الأفق للتجارة سامي الدوسري بإعداد دراسة عن السوق.",
            "وقال سامي الدوسري إن شركة الأفق للتجارة كلفته بمتابعة المشروع.",
            "وقال سامي الدوسري إن المشروع كلف شركة الأفق للتجارة نحو مليار دولار.",
            "وشكرت شركة الأفق للتجارة سامي الدوسري على جهوده طيلة فترة تكليفه السابقة بمنصب الرئيس التنفيذي."})
    void taskedWithAJobOrACostIsNoMove(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }
}
