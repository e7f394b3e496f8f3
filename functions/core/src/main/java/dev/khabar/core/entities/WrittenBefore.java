package dev.khabar.core.entities;

import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.TextNormalizer;
import java.util.Map;

/**
 * A name with the word written right before it that the text cites with it: a ruler's title («الشيخ محمد …»), a
 * company's cue noun («شركة أيان للاستثمار»). That word, clitics off, makes one more spelling of the name.
 */
final class WrittenBefore {
    private WrittenBefore() {
    }

    /**
     * The name at {@code start} with the word before it when that word, read without its clitics, is a key of
     * {@code words} (folded → as written): «والشيخ محمد …» → «الشيخ محمد …»; null when another word stands there.
     */
    static String prefixed(String text, int start, String surface, Map<String, String> words) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return null; // the word is its own, never glued to the name
        }
        int from = end;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1))
                || Character.getType(text.charAt(from - 1)) == Character.NON_SPACING_MARK)) {
            from--;
        }
        String word = TextNormalizer.normalize(text.substring(from, end));
        for (String reading : Clitics.readings(word)) {
            String written = words.get(reading);
            if (written != null) {
                return written + " " + surface;
            }
        }
        return null;
    }
}
