package dev.khabar.core.text;

/**
 * Yes-or-no answers about a folded word that the rule families ask of every token they walk, each answer the outcome
 * of several lexicon lookups and clitic readings. They are kept in one record per distinct word, so that asking again
 * costs one cache lookup and a bit test, whatever the lexicons behind the answer. A token carries its word's record
 * ({@link Token#word}), fetched when the tokenizer first reads the word, so rules asking of a token look nothing up.
 *
 * <p>A family takes a flag once ({@link #newFlag}), asks {@link Word#known} and {@link Word#is}, and computes a missing
 * answer itself and {@link Word#set}s it (no function argument: a lambda is a class a cold start loads).
 */
public final class WordFlags {
    /** One long holds the answers and, in its upper half, which of them are known. */
    private static final int MAX_FLAGS = 32;
    private static final WordCache<Word> CACHE = new WordCache<>();
    private static int flagsTaken;

    private WordFlags() {
    }

    /** A flag of its own for one question; at most thirty-two in all. */
    public static synchronized long newFlag() {
        if (flagsTaken == MAX_FLAGS) {
            throw new IllegalStateException("all " + MAX_FLAGS + " word flags are taken");
        }
        return 1L << flagsTaken++;
    }

    /** The record of answers about {@code norm}, empty at first. */
    public static Word of(String norm) {
        Word w = CACHE.get(norm);
        return w != null ? w : CACHE.remember(norm, new Word());
    }

    /**
     * Answers known about one word. Threads share it; readers take no lock: the one long is read whole (volatile), and
     * writes, each once per word and flag, hold the record's lock, so that no write is lost and bits are only ever
     * added — a reader that saw an answer known reads its value as it was set, however many reads apart.
     */
    public static final class Word {
        private volatile long bits;

        private Word() {
        }

        public boolean known(long flag) {
            return (bits & flag << MAX_FLAGS) != 0;
        }

        /** The answer for {@code flag}; meaningful when {@link #known}. */
        public boolean is(long flag) {
            return (bits & flag) != 0;
        }

        /** Keeps {@code answer} for {@code flag}; returns it. */
        public synchronized boolean set(long flag, boolean answer) {
            bits = bits | flag << MAX_FLAGS | (answer ? flag : 0L);
            return answer;
        }
    }
}
