package dev.khabar.core.text;

import java.util.HashSet;
import java.util.Set;

/** Latin letters spelled out in Arabic, as an abbreviation writes them: «أيه. تي أند تي», «يو. إس. أيه», «بي بي إي». */
public final class ArabicLetterNames {
    private static final Set<String> FOLDED = folded("أي", "أيه", "إيه", "آي", "بي", "سي", "دي", "إف", "جي", "جيه", "إتش",
            "إيتش", "كي", "كيه", "إل", "إم", "إن", "أو", "كيو", "آر", "إس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد");

    private ArabicLetterNames() {
    }

    private static Set<String> folded(String... letters) {
        Set<String> out = new HashSet<>();
        for (String l : letters) {
            out.add(TextNormalizer.normalize(l));
        }
        return Set.copyOf(out);
    }

    /** Whether a folded word is a Latin letter's Arabic name. */
    public static boolean is(String folded) {
        return FOLDED.contains(folded);
    }
}
