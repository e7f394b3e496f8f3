package dev.khabar.core.text;

import dev.khabar.core.lexicon.WordSet;
import java.util.Set;

/**
 * Words of a name shortened with a period, more of the name after them: "Warner Bros. Discovery", "Dept. of Finance",
 * "Intl. Finance Corp". Their period ends neither the sentence nor the name.
 */
public final class NameAbbreviations {
    private static final Set<String> WORDS = WordSet.of("bros", "dept", "intl", "natl", "assn", "univ", "mfg", "govt");

    private NameAbbreviations() {
    }

    /** Whether the folded word is one of them. */
    public static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
