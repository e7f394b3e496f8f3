package dev.khabar.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void dropsDiacriticsAndTatweel() {
        assertEquals(TextNormalizer.normalize("استثمارا"), TextNormalizer.normalize("استثمارًا"));
        assertEquals("شركه", TextNormalizer.normalize("شـــركة"));
    }

    @Test
    void unifiesAlefYaAndTaMarbuta() {
        assertEquals("ابل", TextNormalizer.normalize("آبل"));
        assertEquals("ابل", TextNormalizer.normalize("أبل"));
        assertEquals("الي", TextNormalizer.normalize("إلى"));
        assertEquals("مكتبه", TextNormalizer.normalize("مكتبة"));
    }

    @Test
    void foldsArabicIndicDigitsAndSeparators() {
        assertEquals("2.5", TextNormalizer.normalize("٢٫٥"));
        assertEquals("1,200", TextNormalizer.normalize("١٬٢٠٠"));
        assertEquals("2024", TextNormalizer.normalize("۲۰۲۴"));
    }

    @Test
    void lowercasesLatinAndFoldsApostrophes() {
        assertEquals("openai's", TextNormalizer.normalize("OpenAI’s"));
    }
}
