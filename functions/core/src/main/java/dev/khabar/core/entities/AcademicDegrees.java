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
    /** Nouns naming the bodies a "Master of" or "Doctor of" leads ("Master of Halvex College"): a post, not a degree. */
    private static final Set<String> INSTITUTIONS = WordSet.of("college", "university", "hospital", "institute",
            "school", "academy", "polytechnic", "clinic", "seminary");

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
            if (institution(tokens, i + 2, end)) {
                return i + 2; // "the Master of Halvex College": a post; the body after it is a name
            }
            return end + 1 < limit && tokens.get(end).is("in") && tokens.get(end + 1).capitalized()
                    ? capitalizedEnd(tokens, end + 1, limit) : end;
        }
        if (i >= 2 && tokens.get(i - 1).is("in") && FIELD_OPENERS.contains(tokens.get(i - 2).norm())
                && tokens.get(i).capitalized()) {
            return capitalizedEnd(tokens, i, limit);
        }
        return i;
    }

    private static boolean institution(List<Token> tokens, int i, int end) {
        for (int k = i; k < end; k++) {
            if (INSTITUTIONS.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of capitalized words from {@code i}, joined by "and", "&" or "of" ("Science and Technology"); a given
     * name after the first word opens the person the field introduces ("Master of Ceremonies Ahmed Ali").
     */
    private static int capitalizedEnd(List<Token> tokens, int i, int limit) {
        int end = i;
        while (end < limit && tokens.get(end).capitalized() && !(end > i && LatinTypes.givenName(tokens, end))) {
            end++;
            if (end + 1 < limit && (tokens.get(end).is("and") || tokens.get(end).is("&") || tokens.get(end).is("of"))
                    && tokens.get(end + 1).capitalized()) {
                end++;
            }
        }
        return end;
    }
}
