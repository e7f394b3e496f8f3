package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One apposed person, two employers: «الرئيس التنفيذي لـX ولـY» (the title's ل repeated after و) and «رئيس مجلس إدارة X
 * والرئيس التنفيذي لـY» (a second title joined by و, which ends the first company's name).
 */
class ArabicCoordinatedEmployersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الحربي، الرئيس التنفيذي لشركة النخبة للتأمين ولشركة الوفاق للاستثمار، إن النتائج إيجابية.|سامي الحربي|شركة النخبة للتأمين|شركة الوفاق للاستثمار",
            "وقال سامي الحربي، الرئيس التنفيذي لمجموعة الرواد القابضة ولبنك الأمل، إن النتائج إيجابية.|سامي الحربي|مجموعة الرواد القابضة|بنك الأمل",
            "وقال فهد المطيري، الرئيس التنفيذي السابق لبنك الأمل ولشركة سحاب للبرمجيات، إن السوق يتغير.|فهد المطيري|بنك الأمل|سحاب للبرمجيات"})
    void theRepeatedPrepositionGivesTheTitleAtBoth(String text, String person, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, first), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, second), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال خالد العتيبي، رئيس مجلس إدارة بنك الأمل والرئيس التنفيذي لشركة سحاب للبرمجيات، إن المشروع سيكتمل قريباً.|خالد العتيبي|بنك الأمل|سحاب للبرمجيات",
            "وقال خالد العتيبي، المدير العام لشركة نبراس للأغذية والرئيس التنفيذي لمجموعة الرواد القابضة، إن المشروع سيكتمل.|خالد العتيبي|نبراس للأغذية|مجموعة الرواد القابضة"})
    void aSecondTitleEndsTheFirstCompanysName(String text, String person, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, first), x.names() + x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, second), x.describeFacts());
    }

    @Test
    void aBareConjunctionJoinsSignersNotEmployers() {
        Extracted x = Extracted.of("وقّع سامي الحربي الرئيس التنفيذي لبنك الأمل وشركة سحاب للبرمجيات اتفاقية تعاون.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "سامي الحربي", "بنك الأمل"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "سامي الحربي", "سحاب للبرمجيات"), x.describeFacts());
    }

    @Test
    void aClauseAfterTheCommaIsNoSecondEmployer() {
        Extracted x = Extracted.of("وقالت نورة القحطاني، المديرة العامة لشركة سحاب للبرمجيات، ولبنك الأمل حصة في الشركة.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "نورة القحطاني", "سحاب للبرمجيات"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "نورة القحطاني", "بنك الأمل"), x.describeFacts());
    }
}
