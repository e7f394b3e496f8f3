package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A degree and its field ("a Bachelor of Arts in Public Administration", "a degree in Computer Science"): English
 * capitalizes both, yet neither names a body; the university that grants it comes after "from" and stays a name.
 */
final class AcademicDegrees {
    private static final Set<String> DEGREES = WordSet.of("bachelor", "bachelors", "master", "masters", "doctor",
            "doctorate", "associate");
    private static final Set<String> FIELD_OPENERS = WordSet.of("degree", "diploma", "majored",
            "majoring", "bachelor's", "master's", "doctorate", "phd", "bsc", "msc");

    private AcademicDegrees() {
    }

    /**
     * The end of a degree's name starting at {@code i} ("Bachelor of Arts", with "in" and its field), or of a field
     * right after "degree in"; {@code i} when no degree starts there.
     */
    static int end(List<Token> tokens, int i, int limit) {
        if (i + 2 < limit && DEGREES.contains(tokens.get(i).norm()) && tokens.get(i).capitalized()
                && tokens.get(i + 1).is("of") && tokens.get(i + 2).capitalized()) {
            int end = capitalizedEnd(tokens, i + 2, limit);
            return end + 1 < limit && tokens.get(end).is("in") && tokens.get(end + 1).capitalized()
                    ? capitalizedEnd(tokens, end + 1, limit) : end;
        }
        if (i >= 2 && tokens.get(i - 1).is("in") && FIELD_OPENERS.contains(tokens.get(i - 2).norm())
                && tokens.get(i).capitalized()) {
            return capitalizedEnd(tokens, i, limit);
        }
        return i;
    }

    /** The end of capitalized words from {@code i}, joined by "and", "&" or "of" ("Science and Technology"). */
    private static int capitalizedEnd(List<Token> tokens, int i, int limit) {
        int end = i;
        while (end < limit && tokens.get(end).capitalized()) {
            end++;
            if (end + 1 < limit && (tokens.get(end).is("and") || tokens.get(end).is("&") || tokens.get(end).is("of"))
                    && tokens.get(end + 1).capitalized()) {
                end++;
            }
        }
        return end;
    }
}
