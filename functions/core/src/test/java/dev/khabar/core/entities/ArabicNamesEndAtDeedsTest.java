package dev.khabar.core.entities;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-word company name after «شركة» ends at a past verb of founding, taking part, winning or opening, and at the
 * verbal nouns of founding: «شركة رافد أسست …», «شركة رافد شاركت …», «أعلنت شركة رافد إنشاء …». Texts written here.
 */
class ArabicNamesEndAtDeedsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكانت شركة رافد أسست وحدة للبحث في عام 2019.",
            "وكانت شركة رافد شاركت في الجولة الأولى.",
            "وكانت شركة رافد ساهمت في المشروع.",
            "أعلنت شركة رافد إنشاء مصنع جديد في الدمام.",
            "أعلنت شركة رافد تأسيس وحدة للبحث.",
            "وكانت شركة رافد افتتحت فرعا في الدمام."})
    void theNameEndsBeforeTheDeed(String text) {
        Extracted.of(text, "2025-03-02").requireEntity("رافد");
    }
}
