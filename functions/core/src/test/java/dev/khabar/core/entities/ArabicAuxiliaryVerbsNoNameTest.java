package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تم», «يتم», «جاء», «جاءت»: the verbs that open a passive or a report («وتم التصويت», «وجاءت توجيهات»), never a
 * name, even right after a title where a name is looked for. Texts written here.
 */
class ArabicAuxiliaryVerbsNoNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وترشح نادر الخطيب لمنصب المدير العام وتم التصويت عليه أمس.|وتم التصويت",
            "وعقد المدير العام وجاءت قراراته بعد ساعات.|وجاءت قراراته",
            "واجتمع المجلس مع المدير التنفيذي وجاءت توصيات اللجنة واضحة.|وجاءت توصيات"})
    void noName(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty() && x.spelled(words.substring(1)).isEmpty(), x.names());
    }
}
