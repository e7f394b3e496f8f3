package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Leaving by the employer's act: «عزل» (removed from office) and «إنهاء خدمات» (ending one's service). */
class ArabicDismissalVerbsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعزلت شركة الأفق للتجارة مديرها العام سامي الدوسري.",
            "وعزل مجلس إدارة شركة الأفق للتجارة رئيسها التنفيذي سامي الدوسري.",
            "وقررت شركة الأفق للتجارة إنهاء خدمات سامي الدوسري من منصب المدير العام."})
    void theDismissedLeaves(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "سامي الدوسري", "شركة الأفق للتجارة"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الدوسري إن شركة الأفق للتجارة ستعزل الشبكة عن الإنترنت.",
            "وقال سامي الدوسري إن شركة الأفق للتجارة تعمل على عزل المباني حراريا."})
    void isolatingANetworkOrABuildingIsNoDismissal(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_END), x.describeFacts());
    }
}
