package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «رئيس تحرير» (editor-in-chief) and «مدير التحرير» are titles: the words after them are no person's name. */
class ArabicEditorTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تولى لفترة طويلة منصب رئيس تحرير القناة حتى عام 2017.",
            "وعمل مدير تحرير الصحيفة لسنوات قبل أن يستقيل.",
            "وشغل منصب رئيس التحرير في المجلة منذ تأسيسها."})
    void theTitleOpensNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال رئيس تحرير الصحيفة خالد المالك إن الوضع صعب.|خالد المالك",
            "وعينت المجلة رئيسة تحرير جديدة هي منى الشاذلي.|منى الشاذلي",
            "وقال مدير التحرير سامي الحربي إن العدد جاهز.|سامي الحربي"})
    void thePersonAfterTheTitleIsFound(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }
}
