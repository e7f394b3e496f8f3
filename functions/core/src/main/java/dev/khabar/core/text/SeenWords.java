package dev.khabar.core.text;

/**
 * The surface and folded form of words already read, shared by every document: news repeats its vocabulary, so most
 * tokens find their strings here instead of copying and folding them again, and the strings they find already carry
 * their hashes for the lexicon lookups that follow. The same word read twice is then one pair of strings, which also
 * makes the rules' per-word caches answer on an identity check.
 *
 * <p>A direct-mapped table without locks: each slot holds an immutable entry (its fields final, so a reader sees it
 * whole), a write may overwrite another word or be lost to a concurrent one, and either only costs a later miss.
 */
final class SeenWords {
    /** Longer tokens (URLs, long numbers) rarely repeat: not worth a slot. */
    private static final int MAX_LENGTH = 24;
    private static final int SIZE = 1 << 15;
    private static final Entry[] TABLE = new Entry[SIZE];

    /** {@code word}: the folded word's record of answers, fetched once per entry rather than once per question. */
    record Entry(String surface, String norm, int hash, WordFlags.Word word) {
    }

    private SeenWords() {
    }

    /** The surface {@code text[from, to)} and its folded form. */
    static Entry of(String text, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            String surface = text.substring(from, to);
            String norm = TextNormalizer.normalize(surface);
            return new Entry(surface, norm, 0, WordFlags.of(norm));
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        int slot = (h ^ (h >>> 15)) & (SIZE - 1);
        Entry e = TABLE[slot];
        if (e != null && e.hash == h && e.surface.length() == length && text.regionMatches(from, e.surface, 0, length)) {
            return e;
        }
        String surface = text.substring(from, to);
        String norm = TextNormalizer.normalize(surface);
        e = new Entry(surface, norm, h, WordFlags.of(norm));
        TABLE[slot] = e;
        return e;
    }
}
