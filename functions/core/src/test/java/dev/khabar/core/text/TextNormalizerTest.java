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

    @Test
    void collapsesSpaceRunsAsTheWhitespaceRegexDoes() {
        String[] phrases = {"", "word", "two words", "two  words", "a\tb", "a \t\n b", "a\u000Bb\fc\rd",
            "a\u00A0b", "a\u2003 b", "chief  executive\u00A0 officer", " lead", "trail ", "\t\t", "رئيس  تنفيذي",
            "x \u200f y"};
        for (String p : phrases) {
            assertEquals(p.replaceAll("\\s+", " "), TextNormalizer.collapseSpaces(p), "'" + p + "'");
        }
        assertEquals("chief executive officer", TextNormalizer.normalizePhrase("  Chief \t Executive\nOfficer "));
    }
}
