package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * «تعيين فلان وزيرا للصحة»: the domain under ل after a minister's title names his ministry, with the domains and the
 * adjective joined to it. Texts written here.
 */
class ArabicMinistryDomainsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعين الملك ماجد الكندي وزيرا للصحة.|ماجد الكندي|الصحة",
            "وعينت الحكومة نادر الحوسني وزيرا للأوقاف والشؤون الدينية، خلفا لعبدالله الهاشمي.|نادر الحوسني|الأوقاف والشؤون الدينية",
            "قرر المجلس تعيين سلمى العبري وزيرة للثقافة والرياضة.|سلمى العبري|الثقافة والرياضة",
            "وأصبح وليد الراشدي وزيرا للخارجية الأسبوع الماضي.|وليد الراشدي|الخارجية"})
    void theDomainAfterAMinistersTitleIsHisMinistry(String text, String person, String ministry) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(ministry).type(), e.names());
        assertTrue(e.hasPostByAlias(person, ministry), e.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"وكان وزيرا للمرة الثانية في الحكومة.", "وعين وزيرا للدولة لشؤون الدفاع."})
    void whatNamesNoDomainIsNoMinistry(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال وزير تكنولوجيا المعلومات الأردني نبيل الخطيب إن الشبكة جاهزة.|نبيل الخطيب|تكنولوجيا المعلومات الأردني",
            "وحضر الاجتماع وزير تكنولوجيات الاتصال كريم الصغير.|كريم الصغير|تكنولوجيات الاتصال",
            "وأكد وزير شؤون المرأة والأسرة سلوى المهيري أن البرنامج يبدأ غدا.|سلوى المهيري|شؤون المرأة والأسرة"})
    void theDomainAMinistersTitleGovernsIsNoNameAndHisNameFollowsIt(String text, String person, String domain) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.withAlias(person).type(), e.names());
        assertTrue(e.spelled(domain).isEmpty(), e.names());
    }
}
