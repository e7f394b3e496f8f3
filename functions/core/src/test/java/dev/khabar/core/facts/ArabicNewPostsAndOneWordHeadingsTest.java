package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تولى منصبه الجديد» is not the post left before, while «تولى منصبه» told after a resignation is the post left; «قد عيّن مديرا جديدا» is active (he appointed a new one); a tenure
 * list's heading may count its holders by one plural word («ستة محافظين»); ك, "as", written on the title or apart.
 */
class ArabicNewPostsAndOneWordHeadingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استقال فهد القحطاني من منصبه في شركة سابك في يناير. ثم تولى فهد القحطاني منصبه الجديد في مارس.|فهد القحطاني|SABIC",
            "استقالت نورة الدوسري من منصبها في شركة سابك في مايو. ثم تولت نورة الدوسري منصبها الجديد في يوليو.|نورة الدوسري|SABIC",
            "غادر ماجد الحربي منصبه في شركة معادن في أبريل، وتسلم ماجد الحربي منصبه الجديد في يونيو.|ماجد الحربي|معادن"})
    void aNewPostTakenIsNotThePostLeft(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START
                && f.subject().equals(p) && o.equals(f.object())), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عينت شركة سابك خالد العتيبي رئيسا تنفيذيا في فبراير. ثم تولى خالد العتيبي منصبه في مارس.|خالد العتيبي|SABIC",
            "قدم المدير المالي لشركة سابك المهندس ماجد الحربي استقالته أمس، حيث تولى ماجد الحربي منصبه في مايو الماضي خلفا لسامي النمر.|ماجد الحربي|SABIC"})
    void hisPostIsStillThePostGivenHim(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START
                && f.subject().equals(p) && o.equals(f.object())), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان فهد القحطاني قد عين مديرا جديدا للمبيعات في شركة سابك.|فهد القحطاني",
            "وكانت نورة الدوسري قد عينت مديرة جديدة للتسويق في شركة سابك.|نورة الدوسري",
            "وكان ماجد الحربي قد عين رئيسا جديدا لقسم المخاطر في شركة سابك.|ماجد الحربي"})
    void aNewOneAppointedIsNotTheSubjectsPost(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_START
                && f.subject().equals(p)), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان خالد العتيبي قد عين مديرا للمبيعات في شركة سابك.|خالد العتيبي|SABIC"})
    void withoutNewTheSubjectWasAppointed(String text, String person, String org) {
        hisPostIsStillThePostGivenHim(text, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تعاقب على إدارة البنك المركزي السعودي ثلاثة محافظين، هم:\\nفهد القحطاني – من مارس 2012 حتى يناير 2016\\nماجد الحربي – من يناير 2016 حتى الآن|فهد القحطاني|governor",
            "تعاقب على وزارة المالية السعودية أربعة وزراء، هم:\\nفهد القحطاني – من مايو 2010 حتى يونيو 2015\\nماجد الحربي – من يونيو 2015 حتى الآن|ماجد الحربي|minister",
            "تعاقب على رئاسة شركة سابك ستة رؤساء تنفيذيين، هم:\\nفهد القحطاني – من مارس 2012 حتى يناير 2016\\nماجد الحربي – من يناير 2016 حتى الآن|ماجد الحربي|CEO"})
    void aHeadingCountingHoldersByOnePluralGivesTheirRole(String text, String person, String role) {
        Extracted x = Extracted.of(text.replace("\\n", "\n"), "2025-01-01");
        String p = x.withAlias(person).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START
                && f.subject().equals(p) && role.equals(f.role())), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عينت شركة سابك ماجد الحربي كرئيس تنفيذي لها.|ماجد الحربي|SABIC|CEO",
            "عينت شركة سابك ماجد الحربي كـ رئيس تنفيذي لها.|ماجد الحربي|SABIC|CEO",
            "تسلم ماجد الحربي مهامه رئيسا تنفيذيا لشركة سابك.|ماجد الحربي|SABIC|CEO"})
    void asOrHisDutiesOpenTheTitleTaken(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START
                && f.subject().equals(p) && o.equals(f.object()) && role.equals(f.role())), x.document().facts().toString());
    }
}
