package dev.khabar.core.entities;

import dev.khabar.core.text.TextNormalizer;
import java.util.Map;

/**
 * «الشيخ محمد بن راشد», «الأمير تركي»: in the Gulf a ruler's or prince's title is written and cited as part of his
 * name, so the titled form is one more spelling of the person named after it.
 */
final class RoyalTitles {
    /** Folded titles and how they are written. */
    private static final Map<String, String> TITLES = Map.of(
            TextNormalizer.normalize("الشيخ"), "الشيخ", TextNormalizer.normalize("الشيخة"), "الشيخة",
            TextNormalizer.normalize("الأمير"), "الأمير", TextNormalizer.normalize("الأميرة"), "الأميرة",
            TextNormalizer.normalize("الملك"), "الملك", TextNormalizer.normalize("السلطان"), "السلطان");

    private RoyalTitles() {
    }

    /** The name at {@code start} with the title written right before it («والشيخ محمد …» → «الشيخ محمد …»), or null. */
    static String titled(String text, int start, String surface) {
        return WrittenBefore.prefixed(text, start, surface, TITLES);
    }
}
