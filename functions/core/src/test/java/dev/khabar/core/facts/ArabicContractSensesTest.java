package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عقد» holding a meeting or counting ten years makes no contract; «عقدا» after a company's one-word name is what it
 * signs, not a word of its name. Texts written here.
 */
class ArabicContractSensesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عقدت شركة زيفر اجتماعا مع بنك الرياض في جدة.",
            "عقد الرئيس التنفيذي لشركة نسيم للتقنية مؤتمرا صحفيا مع هيئة الطرق.",
            "وعمل سالم الحربي لدى شركة أرامكو لأكثر من عقد قبل انضمامه إلى شركة سابك.",
            "تضاعفت مبيعات شركة زيفر خلال العقد الماضي مقارنة بشركة أمازون.",
            "تعمل شركة زيفر مع بنك الرياض منذ عقدين من الزمن."})
    void aMeetingOrADecadeIsNoContract(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.CONTRACT), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفر عقدا مع بنك الرياض منذ عامين.|زيفر|بنك الرياض",
            "وقعت شركة زيفر عقودا مع بنك الرياض لتوريد أجهزة الدفع.|زيفر|بنك الرياض",
            "عقدت وزارة الصحة صفقة مع شركة الراية للمقاولات بقيمة 20 مليون دولار.|شركة الراية للمقاولات|وزارة الصحة"})
    void aContractSignedStays(String text, String holder, String client) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, holder, client), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة زيفر عقدا مع بنك الرياض.|زيفر",
            "عقدت شركة زيفر اجتماعا مع بنك الرياض.|زيفر",
            "أبرمت شركة زيفر اتفاقا مع بنك الرياض.|زيفر",
            "أصبحت شركة زيفر شريكا لبنك الرياض في المشروع.|زيفر"})
    void theAccusativeAfterAOneWordNameEndsIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
