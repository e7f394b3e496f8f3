package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Successions told by the place the newcomer takes: «في مكان X», «بدلا من X», «عوضا عن X» name the one replaced after
 * them; «ليحل مكانه X», «حل محلها X» name the newcomer, the pronoun standing for the one who leaves.
 */
class ArabicInPlaceOfTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وتم تعيين رامي العطار مديرا عاما لشركة سنابل في مكان ماجد الشامي الذي تولى الإدارة لمدة عامين.|رامي العطار|ماجد الشامي|سنابل|director general",
        "وقررت شركة سنابل تعيين رامي العطار رئيسا تنفيذيا بدلا من ماجد الشامي.|رامي العطار|ماجد الشامي|سنابل|CEO",
        "وعينت شركة سنابل رامي العطار رئيسا تنفيذيا عوضا عن ماجد الشامي المستقيل.|رامي العطار|ماجد الشامي|سنابل|CEO",
        // an adjective of the one replaced after his title: «للرئيس المستقيل»
        "وأقرت شركة سنابل تعيين رامي العطار رئيسا تنفيذيا خلفا للرئيس المستقيل ماجد الشامي.|رامي العطار|ماجد الشامي|سنابل|CEO",
        "وعينت شركة سنابل رامي العطار مديرا عاما خلفا للمدير المتقاعد ماجد الشامي.|رامي العطار|ماجد الشامي|سنابل|director general"})
    void theOneNamedAfterThePlaceLeavesThePostTheNewcomerTakes(String text, String newcomer, String replaced, String org,
            String role) {
        Extracted x = Extracted.of(text, "2025-02-01");
        x.requireFactByAlias(FactType.EMPLOYMENT_START, newcomer, org);
        Fact end = x.requireFactByAlias(FactType.EMPLOYMENT_END, replaced, org);
        assertEquals(role, end.role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "واستقال ماجد الشامي من رئاسة شركة سنابل ليحل مكانه رامي العطار.|سنابل",
        "وتنحى الرئيس التنفيذي لشركة نوراتك سامي الحكيم من منصبه بعد 10 أعوام، ليحل مكانه رامي العطار، نائب الرئيس للعمليات.|نوراتك",
        "وغادرت المديرة المالية لمجموعة الواحة هند الزياني منصبها، وحل محلها رامي العطار.|مجموعة الواحة"})
    void afterHisPlaceTheNewcomerTakesThePostTheOtherLeaves(String text, String org) {
        Extracted x = Extracted.of(text, "2025-02-01");
        x.requireFactByAlias(FactType.EMPLOYMENT_START, "رامي العطار", org);
        assertFalse(x.hasFactByAlias(FactType.EMPLOYMENT_END, "رامي العطار", org), x.describeFacts());
    }

    @Test
    void aPlaceThatNamesNoPersonReplacesNoOne() {
        Extracted x = Extracted.of("وانضم رامي العطار إلى شركة سنابل في مكان عملها الجديد بدبي.", "2025-02-01");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_END), x.describeFacts());
    }

    @Test
    void theCompanyNameEndsBeforeTheVerbOfPurpose() {
        Extracted x = Extracted.of("واستقال ماجد الشامي من رئاسة شركة سنابل ليحل مكانه رامي العطار.", "2025-02-01");
        x.withAlias("سنابل");
    }
}
