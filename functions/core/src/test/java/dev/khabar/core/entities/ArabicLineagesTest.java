package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's lineage (نسب): a known name after «X بن/بنت» is the father's, inside the child's name; a known name
 * followed by «بن …» goes on with its own lineage; the family name after a lineage ends before «إن/أن» of speech or
 * the subject's own office (استقالته).
 * Texts written here.
 */
class ArabicLineagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وحضرت الشيخة لطيفة بنت محمد بن راشد آل مكتوم حفل التوقيع.|لطيفة بنت محمد بن راشد آل مكتوم",
            "وشارك سمو الشيخ منصور بن محمد بن راشد آل مكتوم في الافتتاح.|منصور بن محمد بن راشد آل مكتوم",
            "واستقبل الشيخ ذياب بن محمد بن زايد آل نهيان وفد الشركة.|ذياب بن محمد بن زايد آل نهيان",
            "وقالت مريم بنت محمد بن زايد آل نهيان إن المبادرة ناجحة.|مريم بنت محمد بن زايد آل نهيان"})
    void aKnownFathersNameIsInsideTheChilds(String text, String child) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.withAlias(child).type().name().equals("PERSON"), e.names());
    }

    @Test
    void aKnownNameAloneStaysTheKnownPerson() {
        Extracted e = Extracted.of("وشكر الوفد محمد بن راشد آل مكتوم على دعمه.", "2024-05-10");
        e.requireEntity("Mohammed bin Rashid Al Maktoum");
    }

    @Test
    void aKnownNameGoesOnWithItsLineage() {
        Extracted e = Extracted.of("وزار الأمير عبدالعزيز بن سلمان بن عبدالعزيز آل سعود موقع المشروع.", "2024-05-10");
        e.withAlias("الأمير عبدالعزيز بن سلمان بن عبدالعزيز آل سعود");
        assertTrue(e.spelled("عبدالعزيز آل سعود").isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سعد بن سليمان اللذيذ إن الموسم كان ناجحا.|سعد بن سليمان اللذيذ",
            "وأوضح خالد بن عبد العزيز الغنيم أنه سيبقى في منصبه.|خالد بن عبد العزيز الغنيم",
            "وأكد فهد بن ناصر الدوسري أن الشركة ستتوسع.|فهد بن ناصر الدوسري",
            "وقدم سعد بن عبد الله المطوع استقالته من الشركة أمس.|سعد بن عبد الله المطوع"})
    void theFamilyNameEndsBeforeThatOfSpeech(String text, String person) {
        Extracted.of(text, "2024-05-10").withAlias(person);
    }

    @Test
    void anObjectBeforeAPrepositionIsNoFamilyName() {
        Extracted e = Extracted.of("واستقبل ماجد بن ناصر الوفد في مقر الشركة.", "2024-05-10");
        e.withAlias("ماجد بن ناصر");
        assertTrue(e.spelled("ماجد بن ناصر الوفد").isEmpty(), e.names());
        Extracted given = Extracted.of("وسلم ماجد بن ناصر الفائز جائزته في الحفل.", "2024-05-10");
        assertTrue(given.spelled("ماجد بن ناصر الفائز").isEmpty(), given.names());
    }

    @Test
    void thePersianYaIsTheArabicOne() {
        Extracted e = Extracted.of("وقال سعد بن سلیمان اللذيذ إن الموسم كان ناجحا. وأضاف سعد بن سليمان اللذيذ أن الفريق جاهز.",
                "2024-05-10");
        assertTrue(e.document().entities().stream().filter(x -> x.type().name().equals("PERSON")).count() == 1, e.names());
    }
}
