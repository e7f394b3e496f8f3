package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The company told before and a person heading it: a verb of heading with the company as its pronoun («يقودها فلان»),
 * its board's pronoun («يرأس مجلس إدارتها فلان»), a title at «الشركة» before the name («المدير المالي في الشركة فلان»).
 */
class ArabicHeadingPronounsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة الأفق للتجارة نتائجها. ويقودها سامي الدوسري منذ 2019.",
            "وأعلنت شركة الأفق للتجارة نتائجها. ويترأسها سامي الدوسري منذ 2019.",
            "وأعلنت شركة الأفق للتجارة نتائجها. ويرأس مجلس إدارتها سامي الدوسري.",
            "وأعلنت شركة الأفق للتجارة أن سامي الدوسري يرأس مجلس إدارتها منذ 2019.",
            "وأعلنت شركة الأفق للتجارة نتائجها. وأوضح المدير المالي في الشركة سامي الدوسري أن الإيرادات ارتفعت.",
            "وأعلنت شركة الأفق للتجارة نتائجها. وأوضح المدير المالي لدى الشركة، سامي الدوسري، أن الإيرادات ارتفعت."})
    void thePersonHeadsTheCompanyToldOf(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "سامي الدوسري", "شركة الأفق للتجارة"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة الأفق للتجارة نتائجها. وقال سامي الدوسري إن الفريق يقودها نحو النمو.",
            "وأعلنت شركة الأفق للتجارة نتائجها. وقال سامي الدوسري إن قيادتها للسوق مستمرة."})
    void aVerbWithNoPersonAfterItNamesNoHead(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, "سامي الدوسري", "شركة الأفق للتجارة"), x.describeFacts());
    }
}
