package dev.khabar.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic attaches conjunctions (و ف) and prepositions (ب ل ك) to the next word: وأنثروبيك، لميتا، بالبنك، للشركة.
 * A name is looked up under each reading of its first word, from the surface itself to the barest stem.
 */
public final class Clitics {
    private Clitics() {
    }

    /**
     * Forms already computed, by folded word: every rule asks about the same words again, and their forms keep their
     * hashes. News vocabulary is finite, so the cache stops growing at a bound.
     */
    private static final WordCache<Forms> CACHE = new WordCache<>();

    /** A folded word's readings (see {@link #readings}), its bare stem and the word without a conjunction. */
    private record Forms(List<String> readings, String bare, String withoutConjunction) {
    }

    private static Forms forms(String norm) {
        Forms f = CACHE.get(norm);
        if (f != null) {
            return f;
        }
        List<String> readings = mayCarryClitic(norm) ? List.copyOf(compute(norm)) : List.of(norm);
        String last = readings.get(readings.size() - 1);
        String bare = last.startsWith("ال") && last.length() > 3 ? last.substring(2) : last;
        String withoutConjunction = mayCarryConjunction(norm) ? readings.get(1) : norm;
        return CACHE.remember(norm, new Forms(readings, bare, withoutConjunction));
    }

    /** Readings of a folded Arabic token: itself, then with و/ف removed, then with ب/ل/ك removed (لل → ال). */
    public static List<String> readings(String norm) {
        return mayCarryClitic(norm) ? forms(norm).readings() : List.of(norm);
    }

    private static boolean mayCarryClitic(String norm) {
        if (norm.length() <= 2) {
            return false;
        }
        char c = norm.charAt(0);
        return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static List<String> compute(String norm) {
        List<String> out = new ArrayList<>(4);
        out.add(norm);
        String s = norm;
        if (s.length() > 2 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
            s = s.substring(1);
            out.add(s);
        }
        if (s.length() > 2) {
            char c = s.charAt(0);
            if (c == 'ل' && s.charAt(1) == 'ل' && s.length() > 3) {
                out.add("ا" + s.substring(1));
                out.add(s.substring(2));
            } else if (c == 'ب' || c == 'ل' || c == 'ك') {
                out.add(s.substring(1));
            }
        }
        return out;
    }

    /** The token without its leading clitics and without the article ال, for lexicon lookups of common words. */
    public static String bare(String norm) {
        return mayCarryClitic(norm) || norm.startsWith("ال") ? forms(norm).bare() : norm;
    }

    /** Whether a folded word, as written or without a leading و/ف, is in {@code words} (فشلت stays فشلت, وقال is قال). */
    public static boolean in(java.util.Set<String> words, String norm) {
        return words.contains(norm) || mayCarryConjunction(norm) && words.contains(forms(norm).withoutConjunction());
    }

    /**
     * Whether some reading of a folded word (see {@link #readings}), with or without its article, is in {@code words}:
     * «للبنك» and «والهيئة» are بنك and هيئة, while بنك is no ب + نك.
     */
    public static boolean anyReadingIn(java.util.Set<String> words, String norm) {
        for (String r : readings(norm)) {
            if (words.contains(r.startsWith("ال") && r.length() > 3 ? r.substring(2) : r) || words.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some reading of a folded word (see {@link #readings}) carries the article ال: «الجولة», «والجولة»,
     * «بالجولة».
     */
    public static boolean anyReadingDefinite(String norm) {
        for (String r : readings(norm)) {
            if (r.startsWith("ال")) {
                return true;
            }
        }
        return false;
    }

    /** Possessive pronouns a noun may end with, the longer before the shorter: «موظفيهما», «موظفيهم», «موظفيها», «موظفيه». */
    private static final List<String> POSSESSIVES = List.of("هما", "هم", "ها", "ه");

    /**
     * A folded noun without the possessive pronoun at its end («موظفيها» → «موظفي»), which the clitic reader leaves
     * on; the word itself when it ends with none.
     */
    public static String withoutPossessive(String norm) {
        for (String p : POSSESSIVES) {
            if (norm.endsWith(p) && norm.length() > p.length()) {
                return norm.substring(0, norm.length() - p.length());
            }
        }
        return norm;
    }

    /** The token with a conjunction و/ف removed, keeping prepositions (which change what the word means). */
    public static String withoutConjunction(String norm) {
        return mayCarryConjunction(norm) ? forms(norm).withoutConjunction() : norm;
    }

    /** A word that may start with و or ف: only such a word reads differently without its conjunction. */
    private static boolean mayCarryConjunction(String norm) {
        if (norm.length() <= 2) {
            return false;
        }
        char c = norm.charAt(0);
        return c == 'و' || c == 'ف';
    }
}
