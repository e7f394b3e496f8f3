package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A headline's present-tense verb after a company's name («شركة X تعين …», «شركة X تطلق …», «مجموعة X تبيع …») is no
 * part of the name, and «تعين» hires as «عينت» does. Texts written here.
 */
class ArabicHeadlineVerbsTest {
    @Test
    void thePresentTenseVerbEndsTheName() {
        for (String verb : new String[] {"تطلق منصة رقمية", "تبيع مصنعها", "تفتتح فرعا في جدة", "توسع أعمالها"}) {
            Extracted x = Extracted.of("شركة فالكيرا " + verb, "2025-03-03");
            assertTrue(x.spelled("فالكيرا").isPresent(), verb + ": " + x.names());
            assertFalse(x.spelled("فالكيرا " + verb.split(" ")[0]).isPresent(), verb + ": " + x.names());
        }
    }

    @Test
    void aCompanyAppointsInThePresent() {
        Extracted x = Extracted.of("شركة فالكيرا تعين سلمى الحداد رئيسة تنفيذية", "2025-03-03");
        x.requireFactByAlias(FactType.EMPLOYMENT_START, "سلمى الحداد", "فالكيرا");
    }
}
