package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عيّن مجلس الإدارة فلانًا رئيسًا تنفيذيًا للشركة»: the post an appointment names is a start, not a post held beside
 * it; the same post told again in a sentence of its own is held.
 */
class ArabicAppointedPostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك أن مجلس إدارتها عين هشام الزهراني رئيسا تنفيذيا للشركة.|هشام الزهراني|سابك",
            "وقرر مجلس إدارة بنك الراجحي تعيين وليد العنزي مديرا عاما للبنك خلفا لكمال بن سالم.|وليد العنزي|بنك الراجحي"})
    void thePostAnAppointmentNamesIsAStartOnly(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك أن مجلس إدارتها عين هشام الزهراني رئيسا تنفيذيا للشركة. وقال هشام الزهراني، الرئيس التنفيذي لشركة سابك، إن الخطة جاهزة.|هشام الزهراني|سابك"})
    void thePostToldAgainApartIsHeld(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
