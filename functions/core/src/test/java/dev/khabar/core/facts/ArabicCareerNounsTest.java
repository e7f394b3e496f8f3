package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The other words Arabic news tells a career move with: a promotion («ترقية»), a choice as a verbal noun («اختيار»),
 * the passive of a dismissal («أُقيل»), and running a company («يدير»); an upgrade is also «ترقية», a free choice
 * «اختيار», and a fund «يدير» assets.
 */
class ArabicCareerNounsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة المراعي عن ترقية سامي العتيبي إلى منصب المدير المالي.|EMPLOYMENT_START|سامي العتيبي|المراعي",
            "وقررت شركة سابك ترقية يوسف البنيان إلى منصب الرئيس التنفيذي.|EMPLOYMENT_START|يوسف البنيان|سابك",
            "أعلنت شركة البحر الأحمر الدولية اختيار جون باغانو رئيسا تنفيذيا لها.|EMPLOYMENT_START|جون باغانو|البحر الأحمر الدولية",
            "وقرر بنك الرياض اختيار خالد الفالح مديرا عاما للبنك.|EMPLOYMENT_START|خالد الفالح|بنك الرياض",
            "وأُقيل فيصل العمر من منصب الرئيس التنفيذي لشركة المراعي.|EMPLOYMENT_END|فيصل العمر|المراعي",
            "أقيل بسام الحسن من منصبه مديرا عاما لشركة سابك.|EMPLOYMENT_END|بسام الحسن|سابك",
            "وأُقيلت سارة جونسون من منصب المديرة المالية لشركة مايكروسوفت.|EMPLOYMENT_END|سارة جونسون|مايكروسوفت",
            "يدير مروان الشامسي شركة ديار للتطوير منذ عشر سنوات.|ROLE|مروان الشامسي|ديار للتطوير",
            "وتدير سارة جونسون شركة مايكروسوفت في المنطقة.|ROLE|سارة جونسون|مايكروسوفت",
            "ويدير خالد الفالح شركة أرامكو السعودية.|ROLE|خالد الفالح|أرامكو السعودية"})
    void theWordTellsTheMove(String text, FactType type, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(type, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة زين عن ترقية شبكتها إلى الجيل الخامس.",
            "وأتاح البنك للعملاء حرية اختيار شركة التأمين.",
            "ويدير الصندوق أصولا لصالح شركة أرامكو السعودية."})
    void anUpgradeAFreeChoiceOrAFundRunIsNoMove(String text) {
        Extracted e = x(text);
        assertFalse(e.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START
                || f.type() == FactType.EMPLOYMENT_END || f.type() == FactType.ROLE), e.describeFacts());
    }
}
