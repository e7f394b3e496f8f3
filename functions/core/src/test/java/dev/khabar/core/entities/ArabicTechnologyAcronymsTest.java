package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «بتقنية 5G», «بروتوكول IP»: an acronym in Latin letters after a noun of a technology, a protocol or a standard
 * names that technology, no company; a company's acronym after another noun, or after
 * a technology noun with the company's nationality after it, stays a name. Texts written here.
 */
class ArabicTechnologyAcronymsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وستربط الشركة فروعها بتقنية LTE قبل نهاية العام.|LTE",
            "ويعتمد النظام الجديد على بروتوكول IPV6 في نقل البيانات.|IPV6",
            "وحصل المصنع على شهادة معيار ISO هذا الشهر.|ISO"})
    void anAcronymAfterATechnologyNounIsNoName(String text, String acronym) {
        Extracted e = Extracted.of(text, "2025-02-01");
        assertTrue(e.spelled(acronym).isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت شركة HSBC اتفاقية مع البنك المركزي.|HSBC",
            "واستحوذت مجموعة KPMG على مكتب استشارات محلي.|KPMG",
            "ووقعت الشركة اتفاقية مع تكنولوجيا ZQT السويدية لتطوير المحركات.|ZQT"})
    void anAcronymAfterACompanyNounStaysAName(String text, String acronym) {
        Extracted e = Extracted.of(text, "2025-02-01");
        assertTrue(e.spelled(acronym).isPresent(), e.names());
    }
}
