package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «انتقل X إلى شركة Y», «انتقال X إلى Y»: a person moving to an organization joins it; «من بنك Z» before it names the
 * employer left, not the one joined. A company, a file or ownership moving is no hire.
 */
class ArabicMovesToTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وانتقل خالد العتيبي إلى شركة النخبة للتأمين بعد عشر سنوات في بنك الأمل.|خالد العتيبي|شركة النخبة للتأمين",
            "انتقل خالد العتيبي من بنك الأمل إلى شركة النخبة للتأمين.|خالد العتيبي|شركة النخبة للتأمين",
            "انضم خالد العتيبي من بنك الأمل إلى شركة النخبة للتأمين.|خالد العتيبي|شركة النخبة للتأمين",
            "وجاء قرار انتقال خالد العتيبي إلى شركة النخبة للتأمين بعد مفاوضات طويلة.|خالد العتيبي|شركة النخبة للتأمين"})
    void aPersonMovingToACompanyJoinsIt(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), x.describeFacts());
        assertTrue(x.spelled("بنك الأمل").isEmpty() || !x.hasFactByAlias(FactType.EMPLOYMENT_START, person, "بنك الأمل"),
                x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وانتقلت شركة النخبة للتأمين إلى مقرها الجديد في الرياض.",
            "وانتقلت ملكية شركة سحاب للبرمجيات إلى مجموعة الرواد القابضة.",
            "وانتقل خالد العتيبي إلى الرياض العام الماضي."})
    void nothingElseMovingIsAHire(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }
}
