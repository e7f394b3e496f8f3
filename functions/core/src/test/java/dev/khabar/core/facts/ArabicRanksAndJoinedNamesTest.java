package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Titles and the names they belong to: military ranks between a title and its holder («رئيس هيئة الأركان اللواء الركن
 * فلان»), a name joined by و after a title's company («الرئيس التنفيذي لشركة X، وفلان» is another person), and given names
 * the lexicon lacked. Texts written here.
 */
class ArabicRanksAndJoinedNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aGeneralsRanksStandBetweenHisTitleAndHisName() {
        x("ورعى الاتفاقية رئيس هيئة الأركان المشتركة اللواء الركن يوسف الحنيطي.")
                .requireFactByAlias(FactType.ROLE, "يوسف الحنيطي", "هيئة الأركان المشتركة");
    }

    @Test
    void aBrigadiersRanksToo() {
        x("ووقع العقد مدير عام شركة سابك العميد الركن خالد العتيبي.")
                .requireFactByAlias(FactType.ROLE, "خالد العتيبي", "سابك");
    }

    @Test
    void aNameJoinedByAndAfterTheCompanyIsAnotherPerson() {
        Extracted e = x("حضر التوقيع الرئيس التنفيذي لشركة الفوعة، وصائب الحسن مدير عام صندوق الملك عبد الله الثاني للتنمية.");
        e.requireFactByAlias(FactType.ROLE, "صائب الحسن", "صندوق الملك عبد الله الثاني للتنمية");
        assertFalse(e.hasFactByAlias(FactType.ROLE, "صائب الحسن", "شركة الفوعة"), e.describeFacts());
    }

    @Test
    void aNameSetOffByCommasAfterTheCompanyHoldsTheTitle() {
        x("وحضر التوقيع الرئيس التنفيذي لشركة الفوعة، صائب الحسن، وعدد من المسؤولين.")
                .requireFactByAlias(FactType.ROLE, "صائب الحسن", "شركة الفوعة");
    }

    @Test
    void givenNamesTheLexiconLacked() {
        Extracted e = x("وقال الرئيس التنفيذي لشركة البوتاس العربية معن النسور إن الشركة ماضية في خططها، بحضور ظافر الأحبابي رئيس مجلس إدارة شركة الفوعة.");
        e.requireFactByAlias(FactType.ROLE, "معن النسور", "شركة البوتاس العربية");
        e.requireFactByAlias(FactType.ROLE, "ظافر الأحبابي", "شركة الفوعة");
    }
}
