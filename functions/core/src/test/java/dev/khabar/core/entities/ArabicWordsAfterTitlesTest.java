package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After a title come words that no name starts with: a particle («ليس», «فإني»), a verb that follows a subject
 * («يحظى», «يتمتع») or the department the title heads («رئيسة أنظمة المعلومات»).
 */
class ArabicWordsAfterTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ويرى الموظفون أن قرار تعيين المهندس الجديد ليس بالقرار الصائب.",
        "وكتب في رسالته: ما هو منتظر مني كمدير فإني سأكون أول من يعلن ذلك.",
        "وقال إن النجار هو وزير يحظى باحترام كبير في المنطقة.",
        "وأضاف أن المدير يتمتع بخبرة طويلة في القطاع.",
        "وقالت إن رئيسة أنظمة المعلومات ستتقاعد قريبا.",
        "وأوضح أن مدير شؤون الموظفين سيغادر الشهر المقبل."})
    void noPersonIsReadAfterTheTitle(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال الوزير سليم الراشد إن الخطة جاهزة.|سليم الراشد",
        "وأعلنت الشركة أن مديرة العمليات هالة النمر ستغادر منصبها.|هالة النمر"})
    void aNameAfterTheTitleIsStillAPerson(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type());
    }
}
