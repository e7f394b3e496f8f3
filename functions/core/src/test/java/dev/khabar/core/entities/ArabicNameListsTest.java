package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name words standing as an item of a list next to a person name a person, whatever their given name. */
class ArabicNameListsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وضم المجلس كل من مازن تركي السديري، وسلمان الدوسري.|مازن تركي السديري",
            "وضم المجلس سلمان الدوسري وعلي الحديثي وفيصل عباس.|علي الحديثي",
            "وحضر الاجتماع فيصل عباس، ومازن عوض الشمري، ومحمد سالم.|مازن عوض الشمري",
            // a known given name's two words take the family after them where the item closes; علي is the father's
            "وعارض الخطة كل من سالم ناصر الراشد وماجد المطيري.|سالم ناصر الراشد",
            "ووافق عليها كل من يوسف المطيري وحمد علي الحمد.|حمد علي الحمد",
            // given names added to the lexicon
            "وانتخبت الجمعية كل من عايدة فهد الزامل، وداوود الحارثي، وديانا بو شقرا.|عايدة فهد الزامل",
            "وانتخبت الجمعية كل من عايدة فهد الزامل، وداوود الحارثي، وديانا بو شقرا.|داوود الحارثي"})
    void anItemBesideAPersonIsAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سلمان الدوسري، وعلي الرغم من ذلك، إن الأمر مهم.|علي الرغم",
            "ووقع الاتفاق فيصل عباس وشركة نماء للتقنية.|شركة نماء",
            "وحضر فيصل عباس، والرئيس التنفيذي للشركة.|الرئيس التنفيذي",
            "وقعها السيد صباح بركات، بحضور قيادات ومسؤولين من الشركتين.|بحضور قيادات",
            // the family word must close the item: a word after it leaves the two-word name as found
            "وصوت كل من سالم ناصر الراشد اليوم وماجد المطيري.|سالم ناصر الراشد"})
    void otherWordsBesideAPersonAreNoPerson(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream()
                .noneMatch(e -> e.type() == EntityType.PERSON && e.aliases().contains(words)), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سالم الحربي، وزير الطاقة، إن المشروع سيبدأ قريبا.|وزير الطاقة",
            "وقال سالم الحربي، رئيس الوزراء، إن الخطة طموحة.|رئيس الوزراء",
            "وقال سالم الحربي، مدير المبيعات، إن الطلب زاد.|مدير المبيعات",
            "وحضر سالم الحربي، ونائب الرئيس، الاجتماع.|نائب الرئيس"})
    void aTitleApposedToAPersonIsNoItem(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream()
                .noneMatch(e -> e.type() == EntityType.PERSON && e.aliases().stream().anyMatch(a -> a.endsWith(words))), x.names());
    }
}
