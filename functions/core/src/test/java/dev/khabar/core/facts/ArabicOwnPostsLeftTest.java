package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «استقال X من منصبه رئيسا تنفيذيا لـY», «إعفاء X من منصبه كرئيس لمجلس الإدارة»: a departure that names the post as
 * the leaver's own tells that it was held, so the ROLE stays beside the departure; a title only naming the leaver
 * («استقال المدير العام لـY، X، من منصبه») is the post left and stays with the departure alone.
 */
class ArabicOwnPostsLeftTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك أن سامي يوسف الحربي استقال من منصبه رئيسا تنفيذيا للشركة.|سامي يوسف الحربي|سابك",
            "قرر مجلس إدارة شركة أرامكو السعودية إعفاء سامي يوسف الحربي من منصبه كرئيس لمجلس الإدارة.|سامي يوسف الحربي|أرامكو السعودية",
            "قالت شركة موبايلي إن سامي يوسف الحربي تنحى عن منصبه كمدير عام للشركة.|سامي يوسف الحربي|موبايلي"})
    void thePostNamedAsOwnStaysAHeldRole(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, person, org), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @Test
    void aTitleNamingTheLeaverIsThePostLeftOnly() {
        Extracted x = Extracted.of("استقال المدير العام لشركة موبايلي، خالد سعد الكاف، من منصبه بعد عشر سنوات.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "خالد سعد الكاف", "موبايلي"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "خالد سعد الكاف", "موبايلي"), x.describeFacts());
    }
}
