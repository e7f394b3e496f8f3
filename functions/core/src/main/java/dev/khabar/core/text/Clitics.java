package dev.khabar.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Arabic attaches conjunctions (و ف) and prepositions (ب ل ك) to the next word: وأنثروبيك، لميتا، بالبنك، للشركة.
 * A name is looked up under each reading of its first word, from the surface itself to the barest stem.
 */
public final class Clitics {
    private Clitics() {
    }

    /** Readings already computed, by folded word: news vocabulary is finite, so the cache stops growing at a bound. */
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    /** Readings of a folded Arabic token: itself, then with و/ف removed, then with ب/ل/ك removed (لل → ال). */
    public static List<String> readings(String norm) {
        if (!mayCarryClitic(norm)) {
            // most tokens (all Latin ones) have a single reading: no cache lookup on the hot path
            return List.of(norm);
        }
        List<String> cached = CACHE.get(norm);
        if (cached != null) {
            return cached;
        }
        List<String> computed = List.copyOf(compute(norm));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(norm, computed);
        }
        return computed;
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
        List<String> r = readings(norm);
        String s = r.get(r.size() - 1);
        if (s.startsWith("ال") && s.length() > 3) {
            s = s.substring(2);
        }
        return s;
    }

    /** Whether a folded word, as written or without a leading و/ف, is in {@code words} (فشلت stays فشلت, وقال is قال). */
    public static boolean in(java.util.Set<String> words, String norm) {
        return words.contains(norm) || words.contains(withoutConjunction(norm));
    }

    /** The token with a conjunction و/ف removed, keeping prepositions (which change what the word means). */
    public static String withoutConjunction(String norm) {
        return norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
    }
}
