package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic titles in chains of signatories and guests: a name joined by «و» through its honorific opens the next member
 * («…، والمهندس فلان»), a title before a name reaches it past a quoted company's tail («لشركة "X" للطاقة فلان») and
 * past «مجمع» (a group of companies).
 */
class ArabicTitleChainsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the second title of the first name, not the next guest's
            "وحضر اللقاء نبيل الشهري، نائب الرئيس التنفيذي لمجموعة زين والرئيس التنفيذي لشركة سابك، والدكتور وليد العنزي، المدير العام لبنك الراجحي.|نبيل الشهري|سابك",
            "وحضر اللقاء نبيل الشهري، نائب الرئيس التنفيذي لمجموعة زين والرئيس التنفيذي لشركة سابك، والدكتور وليد العنزي، المدير العام لبنك الراجحي.|وليد العنزي|بنك الراجحي",
            // a title without و before the honorific is still the name's
            "وقال الرئيس التنفيذي لشركة سابك، المهندس وليد العنزي، إن الطلب قوي.|وليد العنزي|سابك",
            "ووقع الاتفاقية المدير العام لمجمع \"سونلغاز\" كمال بن سالم.|كمال بن سالم|سونلغاز",
            "ووقع الاتفاقية المدير العام لشركة \"سابك\" للبتروكيماويات هشام الزهراني.|هشام الزهراني|سابك",
            "ووقع الاتفاقية رئيس شركة \"سابك\" مصر هشام الزهراني.|هشام الزهراني|سابك",
            "وقال الأمين العام لجامعة الدول العربية سامي العلي إن القمة ناجحة.|سامي العلي|جامعة الدول العربية",
            // a title with its unit keeps the employer of the title before
            "وحضر خالد العمري، الرئيس التنفيذي لشركة سابك، وفهد المري، المدير العام لقطاع الأفراد.|فهد المري|سابك"})
    void theTitleIsHeldByItsOwnName(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتح المحافظ المقر بحضور رئيسة مجلس إدارة شركة سابك ليلى حداد والأعضاء: وليد العنزي، هشام الزهراني، وكريم سعيد.|هشام الزهراني|سابك",
            "افتتح المحافظ المقر بحضور رئيسة مجلس إدارة شركة سابك ليلى حداد والأعضاء: وليد العنزي، هشام الزهراني، وكريم سعيد.|كريم سعيد|سابك"})
    void membersJoinedToATitledNameSitAtItsOrganization(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a title whose own complement under «لـ» names an employer not found is not held at the title before's
            "أعلنت مجموعة زين نتائجها. وحضر خالد العمري، الرئيس التنفيذي لشركة سابك، وفهد المري، الأمين العام لمجلس التنمية الوطني.|فهد المري|سابك",
            // members of no titled person's organization
            "وقالت الدول الأعضاء في منظمة أوبك إن وليد العنزي سيحضر الاجتماع.|وليد العنزي|أوبك",
            "وقال المدير العام لشركة سابك إن الأعضاء: وليد العنزي وهشام الزهراني سيحضرون.|وليد العنزي|سابك",
            "وحضر اللقاء نبيل الشهري، نائب الرئيس التنفيذي لمجموعة زين والرئيس التنفيذي لشركة سابك، والدكتور وليد العنزي، المدير العام لبنك الراجحي.|وليد العنزي|سابك",
            "ووقع الاتفاقية المدير العام لمجمع \"سونلغاز\" كمال بن سالم، والمدير العام لشركة \"سابك\" للبتروكيماويات هشام الزهراني.|كمال بن سالم|سابك",
            // the words after the quote are the activity of a company whose head is not named after them
            "وقال رئيس شركة \"سابك\" للبتروكيماويات في الرياض إن هشام الزهراني سيحضر.|هشام الزهراني|سابك"})
    void aTitleIsNotGivenToAnotherMemberOfTheChain(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
