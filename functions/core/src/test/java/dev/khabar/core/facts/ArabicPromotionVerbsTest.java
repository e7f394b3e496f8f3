package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic verbs of taking a post beyond «عين»: the active promotion «رقت/رقى شركة X فلانا إلى منصب …», the passive
 * choice «اختير/اختيرت فلان رئيسا لـ…». The noun «رقي» (advancement) before no
 * person, and a company chosen, move nobody. Texts written here.
 */
class ArabicPromotionVerbsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "رقت شركة نماء القابضة خالد العتيبي إلى منصب الرئيس التنفيذي.|خالد العتيبي|نماء القابضة",
            "رقى بنك الرواد سامي الحربي إلى منصب المدير العام.|سامي الحربي|بنك الرواد",
            "اختير فهد السالم رئيسا لمجلس إدارة شركة سدير للطاقة.|فهد السالم|سدير للطاقة",
            "اختيرت نورة الشمري رئيسة تنفيذية لبنك الرواد.|نورة الشمري|بنك الرواد"})
    void promotedOrChosenTakesThePost(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال فهد السالم إن رقي الخدمات في بنك الرواد يعكس جهود الموظفين.",
            "وأكد فهد السالم أن الشركة اختيرت من بين أفضل الشركات في المنطقة."})
    void advancementOrAChosenCompanyMovesNobody(String text) {
        Extracted e = x(text);
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_START), e.describeFacts());
    }
}
