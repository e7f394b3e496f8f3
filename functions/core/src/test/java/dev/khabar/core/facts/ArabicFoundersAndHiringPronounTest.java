package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «مؤسسا X فلان وفلان», «مؤسسو X …»: the founders' title in the dual or the plural, in construct with the company,
 * held by each person listed after it; and «عيّنه فلان»: the pronoun on a verb of hiring is the one hired, so the
 * names after the verb are its doers, not newcomers.
 */
class ArabicFoundersAndHiringPronounTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال مؤسسا شركة تابي حسام عرب ودانيال بعلبكي إن الشركة ستتوسع.|تابي|حسام عرب|دانيال بعلبكي",
            "واجتمع مؤسسو شركة نون سامي حداد وكريم بن سالم مع المستثمرين.|نون|سامي حداد|كريم بن سالم",
            "ويعمل مؤسسا شركة المدار ماجد ناصر وخالد يوسف على خطة جديدة.|المدار|ماجد ناصر|خالد يوسف"})
    void eachFounderListedAfterAPluralTitleFoundedTheCompany(String text, String org, String first, String second) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.FOUNDED, first, org), e.describeFacts());
        assertTrue(e.hasFactByAlias(FactType.FOUNDED, second, org), e.describeFacts());
    }

    @Test
    void directorsListedAfterAPluralTitleFoundedNothing() {
        Extracted e = x("واجتمع مديرو شركة نون سامي حداد وكريم بن سالم مع المستثمرين.");
        assertFalse(e.hasFactOfType(FactType.FOUNDED), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان سامي حداد قد انضم إلى شركة المدار عام 2015، ثم عينه رئيس مجلس الإدارة ماجد ناصر رئيسا تنفيذيا عام 2020.|سامي حداد|ماجد ناصر|المدار",
            "وشغل سامي حداد منصب الرئيس التنفيذي لشركة نون منذ 2001 عندما عينه مؤسسا الشركة ماجد ناصر وخالد يوسف.|سامي حداد|خالد يوسف|نون"})
    void theNamesAfterAHiringVerbWithAPronounAreItsDoers(String text, String hired, String doer, String org) {
        Extracted e = x(text);
        assertFalse(e.hasFactByAlias(FactType.EMPLOYMENT_START, doer, org), e.describeFacts());
    }

    @Test
    void withoutAPronounTheNameAfterTheVerbIsHired() {
        Extracted e = x("عين مجلس إدارة شركة المدار سامي حداد رئيسا تنفيذيا.");
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, "سامي حداد", "المدار"), e.describeFacts());
    }
}
