package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «المتحدث الرسمي لشركة X»: the official spokesperson's title takes its employer under ل as well as after «باسم»,
 * with or without the article, in the masculine and the feminine.
 */
class ArabicSpokespersonTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأكد أحمد عبد الهادي بكير المتحدث الرسمي لشركة الريان أن الخط سيفتح قريبا.|أحمد عبد الهادي بكير|الريان",
            "وقالت سارة المنصوري المتحدثة الرسمية لشركة النخيل إن السبب هو التطوير.|سارة المنصوري|النخيل",
            "وأكد خالد يوسف، المتحدث الرسمي لشركة المدار، أن الخدمة ستعود غدا.|خالد يوسف|المدار"})
    void theOfficialSpokespersonHoldsARoleAtTheCompany(String text, String person, String org) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.hasFactByAlias(FactType.ROLE, person, org), e.describeFacts());
    }

    @Test
    void anUnnamedSpokespersonHoldsNoRole() {
        Extracted e = Extracted.of("وقال متحدث رسمي باسم شركة المدار إن الخدمة ستعود غدا.", "2025-03-01");
        assertFalse(e.hasFactOfType(FactType.ROLE), e.describeFacts());
    }
}
