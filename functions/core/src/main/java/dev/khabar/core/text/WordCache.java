package dev.khabar.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers already computed for a word, for the lookups the rules ask of nearly every token, several times each. News
 * vocabulary is finite, so the cache stops growing at a bound; shared by threads, it never blocks a reader.
 *
 * <p>Callers compute a missing answer themselves and {@link #remember} it (no function argument: a lambda per call site
 * is a class a cold start loads and a bootstrap it runs).
 */
public final class WordCache<V> {
    private static final int DEFAULT_LIMIT = 200_000;

    private final Map<String, V> answers = new ConcurrentHashMap<>();
    private final int limit;

    public WordCache() {
        this(DEFAULT_LIMIT);
    }

    public WordCache(int limit) {
        this.limit = limit;
    }

    /** The answer remembered for {@code word}, or null. */
    public V get(String word) {
        return answers.get(word);
    }

    /** Keeps {@code answer} (not null) for {@code word} while the cache is under its bound; returns it. */
    public V remember(String word, V answer) {
        if (answers.size() < limit) {
            answers.put(word, answer);
        }
        return answer;
    }

    public void clear() {
        answers.clear();
    }
}
