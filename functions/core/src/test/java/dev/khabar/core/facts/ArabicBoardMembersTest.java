package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «ويضم مجلس إدارة X كلاً من A وB»: each person a board is said to be made of holds a seat on it. */
class ArabicBoardMembersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويضم مجلس إدارة شركة النخبة للتأمين كلاً من خالد العتيبي وسامي الحربي ونورة القحطاني.|شركة النخبة للتأمين|خالد العتيبي|نورة القحطاني",
            "ويتكون مجلس إدارة بنك الأمل من ماجد الشمري وريم الدوسري وفهد المطيري.|بنك الأمل|ماجد الشمري|فهد المطيري",
            "ويتألف مجلس إدارة شركة سحاب للبرمجيات من عمر الخطيب، وليلى منصور، وكريم داود.|سحاب للبرمجيات|عمر الخطيب|كريم داود",
            "وأعلنت الشركة تشكيل مجلس تحرير لصحيفة الأفق برئاسة سامر حداد، وعضوية كل من ليلى منصور وكريم داود.|صحيفة الأفق|ليلى منصور|كريم داود",
            "انتخبت الجمعية العمومية لشركة النخبة للتأمين مجلس إدارتها الجديد، الذي يضم خالد العتيبي وسامي الحربي.|شركة النخبة للتأمين|خالد العتيبي|سامي الحربي",
            "أعلنت شركة النخبة للتأمين نتائج الجمعية العمومية. ويضم مجلس إدارة الشركة كلاً من خالد العتيبي وسامي الحربي.|شركة النخبة للتأمين|خالد العتيبي|سامي الحربي"})
    void eachListedMemberHoldsASeat(String text, String org, String first, String last) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, first, org), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, last, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى مجلس إدارة بنك الأمل كلاً من خالد العتيبي وسامي الحربي لبحث التعاون.|خالد العتيبي|بنك الأمل",
            "ويضم مجلس إدارة بنك الأمل تسعة أعضاء، وقال خالد العتيبي إن البنك يسعى للتوسع.|خالد العتيبي|بنك الأمل"})
    void noSeatWithoutAListOfWhatTheBoardIsMadeOf(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
