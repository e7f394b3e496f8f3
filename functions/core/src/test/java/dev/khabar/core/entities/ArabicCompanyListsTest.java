package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «كل من شركة زيفر وكوانتيكس وبلومارا», «شركات مثل نوفاتك وبريستون ولومينا»: names joined by و after a company's cue
 * are companies each; a conjoined word that does not close where it stands stays in the name before it («بروكتر
 * وغامبل عن»), and an adjective or a construct after a plural cue is no name; a quoted item is one company whatever
 * its words («و”نجمة الشمال”»), past the nationality of the item before it. Texts written here.
 */
class ArabicCompanyListsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "سرحت كل من شركة زيفر وكوانتيكس وبلومارا مئات الموظفين.|زيفر|كوانتيكس|بلومارا",
            "ووقعت الشركة اتفاقيات مع شركات زيفر وكوانتيكس وبلومارا.|زيفر|كوانتيكس|بلومارا",
            "وتضم قائمة المستثمرين شركات مثل نوفاتك وبريستون ولومينا.|نوفاتك|بريستون|لومينا",
            "وتدخل الطائرات أساطيل كل من شركة فالكو إير (تشيلي) وزيبرا (المكسيك)، وبلومارا (المجر).|فالكو إير|زيبرا|بلومارا"})
    void everyListedNameIsACompany(String text, String first, String second, String third) {
        Extracted e = Extracted.of(text, "2024-05-10");
        for (String name : new String[] {first, second, third}) {
            assertEquals(EntityType.ORGANIZATION, e.withAlias(name).type(), e.names());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وشارك في الجولة كل من شركة فالكو كابيتال وزيبرا فنتشرز.|فالكو كابيتال|زيبرا فنتشرز",
            "واستحوذت الشركة على شركتي زيفر وكوانتيكس.|زيفر|كوانتيكس",
            "ووقعت الشركة عقوداً مع شركة زيفر وكوانتيكس.|زيفر|كوانتيكس"})
    void twoCompaniesOfOneOrTwoWords(String text, String first, String second) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(first).type(), e.names());
        assertEquals(EntityType.ORGANIZATION, e.withAlias(second).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأبرمت البلدية عقد الصيانة مع تحالف شركتي “فالورا” الصينية و”نجمة الشمال”، بحسب البيان.|فالورا|نجمة الشمال",
            "وأبرمت البلدية عقد الصيانة مع شركتي \"فالورا\" و\"رمال دبي\" لمدة عامين.|فالورا|رمال دبي"})
    void aQuotedItemIsOneCompanyWhateverItsWords(String text, String first, String second) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(first).type(), e.names());
        assertEquals(EntityType.ORGANIZATION, e.withAlias(second).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة بروكتر وغامبل عن أرباحها.|بروكتر وغامبل|غامبل",
            "وأعلنت شركات أخرى مثل زيفر عن تسريح موظفين.|زيفر|أخرى",
            "وتدعمها شركات رأس المال الاستثماري الكبرى وشركة زيفر.|زيفر|رأس"})
    void noListWhereTheWordsDoNotCloseAsNames(String text, String name, String notAName) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(name).type(), e.names());
        assertTrue(e.spelled(notAName).isEmpty(), e.names());
    }
}
