package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «الشيخ …», «الأمير …» are cited as part of the name; «للصندوق الثقافي» keeps the article ل swallowed. */
class ArabicTitledNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكان الشيخ حمد بن سالم آل ثاني قد وقع الاتفاقية أمس.|حمد بن سالم آل ثاني|الشيخ حمد بن سالم آل ثاني",
            "وحضر صاحب السمو الملكي الأمير فيصل بن خالد بن سلمان حفل التوقيع.|فيصل بن خالد بن سلمان|الأمير فيصل بن خالد بن سلمان",
            "وافتتحت الشيخة مريم بنت راشد المعرض الجديد.|مريم بنت راشد|الشيخة مريم بنت راشد"})
    void aRoyalTitleBeforeANameIsOneMoreSpelling(String text, String name, String titled) {
        Entity e = Extracted.of(text, "2025-01-01").withAlias(name);
        assertEquals(EntityType.PERSON, e.type());
        assertTrue(e.aliases().contains(titled), e.aliases().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الدكتور سامي العتيبي إن النتائج جيدة.|سامي العتيبي",
            "وقال المهندس خالد الحربي إن المشروع اكتمل.|خالد الحربي"})
    void otherHonorificsAreNoPartOfTheName(String text, String name) {
        Entity e = Extracted.of(text, "2025-01-01").withAlias(name);
        assertFalse(e.aliases().stream().anyMatch(a -> a.length() > name.length() && a.endsWith(name)), e.aliases().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الرئيس التنفيذي للصندوق الزراعي محمد الخالدي إن البرنامج ناجح.|الصندوق الزراعي",
            "وأوضح مدير عام للهيئة الوطنية سامي العتيبي أن الخطة جاهزة.|الهيئة الوطنية",
            "وقالت المديرة التنفيذية للوكالة الفضائية نورة السالم إن الإطلاق نجح.|الوكالة الفضائية"})
    void aBodyAfterLamKeepsItsArticle(String text, String name) {
        Extracted.of(text, "2025-01-01").withAlias(name);
    }
}
