package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite title right after a company's name («شركة الراجحي المدير التنفيذي فلان») is the officer's, not an adjective
 * of the name; a definite adjective («شركة الاتصالات السعودية») still is one.
 */
class ArabicTitleAfterCompanyTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أقالت شركة الراجحي المدير التنفيذي فيصل العمر.|EMPLOYMENT_END|فيصل العمر|شركة الراجحي",
            "وعيّنت مجموعة الفطيم الرئيس التنفيذي السابق سامي العتيبي مستشارا.|EMPLOYMENT_START|سامي العتيبي|مجموعة الفطيم",
            "واستقطبت شركة الزامل المدير المالي يوسف البنيان.|EMPLOYMENT_START|يوسف البنيان|شركة الزامل"})
    void theTitleEndsTheCompanysName(String text, FactType type, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(type, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة الاتصالات السعودية إن أرباحها ارتفعت.|شركة الاتصالات السعودية",
            "وأعلنت شركة الخليج العالمية للتجارة نتائجها.|شركة الخليج العالمية للتجارة"})
    void anAdjectiveStaysInTheName(String text, String org) {
        Extracted e = x(text);
        assertTrue(e.spelled(org).isPresent(), e.names());
    }
}
