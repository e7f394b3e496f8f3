package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «ويضم مجلس إدارة X كلاً من A وB», «الأعضاء الآخرين في المجلس، وهم A وB»: each person a board is said to be made of
 * holds a seat on it.
 */
class ArabicBoardMembersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويضم مجلس إدارة شركة النخبة للتأمين كلاً من خالد العتيبي وسامي الحربي ونورة القحطاني.|شركة النخبة للتأمين|خالد العتيبي|نورة القحطاني",
            "ويتكون مجلس إدارة بنك الأمل من ماجد الشمري وريم الدوسري وفهد المطيري.|بنك الأمل|ماجد الشمري|فهد المطيري",
            "ويتألف مجلس إدارة شركة سحاب للبرمجيات من عمر الخطيب، وليلى منصور، وكريم داود.|سحاب للبرمجيات|عمر الخطيب|كريم داود",
            "وأعلنت الشركة تشكيل مجلس تحرير لصحيفة الأفق برئاسة سامر حداد، وعضوية كل من ليلى منصور وكريم داود.|صحيفة الأفق|ليلى منصور|كريم داود",
            "انتخبت الجمعية العمومية لشركة النخبة للتأمين مجلس إدارتها الجديد، الذي يضم خالد العتيبي وسامي الحربي.|شركة النخبة للتأمين|خالد العتيبي|سامي الحربي",
            "أعلنت شركة النخبة للتأمين نتائج الجمعية العمومية. ويضم مجلس إدارة الشركة كلاً من خالد العتيبي وسامي الحربي.|شركة النخبة للتأمين|خالد العتيبي|سامي الحربي",
            "ويضم مجلس إدارة شركة سحاب للبرمجيات وبنك الأمل كلاً من خالد العتيبي وسامي الحربي.|بنك الأمل|خالد العتيبي|سامي الحربي",
            "وعيّن بنك الأمل ماجد الشمري رئيساً لمجلس الإدارة. كما جرى تجديد عضوية الأعضاء الآخرين في المجلس، وهم خالد العتيبي، وسامي الحربي، ونورة القحطاني، لمدة ثلاث سنوات.|بنك الأمل|خالد العتيبي|نورة القحطاني",
            "انتخبت الجمعية العمومية لشركة النخبة للتأمين مجلساً جديداً. وأعضاء مجلس الإدارة الجدد هم خالد العتيبي وسامي الحربي.|شركة النخبة للتأمين|خالد العتيبي|سامي الحربي"})
    void eachListedMemberHoldsASeat(String text, String org, String first, String last) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, first, org), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, last, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "التقى مجلس إدارة بنك الأمل كلاً من خالد العتيبي وسامي الحربي لبحث التعاون.|خالد العتيبي|بنك الأمل",
            "ويضم مجلس إدارة بنك الأمل تسعة أعضاء، وقال خالد العتيبي إن البنك يسعى للتوسع.|خالد العتيبي|بنك الأمل",
            "وشارك في الجلسة أعضاء مجلس الشورى، وهم خالد العتيبي وسامي الحربي، إلى جانب ممثلين عن بنك الأمل.|خالد العتيبي|بنك الأمل",
            "وقال الأعضاء في المجلس إن بنك الأمل يحقق نمواً، وأكد خالد العتيبي ذلك.|خالد العتيبي|بنك الأمل"})
    void noSeatWithoutAListOfWhatTheBoardIsMadeOf(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
