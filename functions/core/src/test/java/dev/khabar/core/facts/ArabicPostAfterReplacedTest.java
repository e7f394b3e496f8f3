package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «تعيين X خلفا لـY لرئاسة مجلس الإدارة»: the post after the one replaced is the one X takes, not one Y holds. */
class ArabicPostAfterReplacedTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة الأفق للتجارة تغييرات إدارية. وعين سامي الحربي خلفا لماجد الحسن لرئاسة مجلس الإدارة.",
            "وتم تعيين سامي الحربي خلفا لماجد الحسن لرئاسة مجلس إدارة شركة الأفق للتجارة.",
            "وأعلنت شركة الأفق للتجارة تعيين سامي الحربي خلفا لماجد الحسن لرئاسة مجلس الإدارة."})
    void theNewcomerTakesThePost(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, "سامي الحربي", "شركة الأفق للتجارة"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "ماجد الحسن", "شركة الأفق للتجارة"), x.describeFacts());
    }
}
