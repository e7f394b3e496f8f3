package dev.khabar.core.lexicon;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * An immutable set of words, built for the lookup the rules make on every token: most tokens are in none of the sets,
 * so a miss must be cheap. Open addressing in a sparse power-of-two table, each slot's hash kept beside its word:
 * a miss costs a mask and a compare of ints, never a division or a string comparison. Iterates in insertion order.
 */
public final class WordSet extends AbstractSet<String> {
    private final String[] words;
    private final String[] slots;
    private final int[] hashes;
    private final int mask;

    private WordSet(Collection<String> distinct) {
        this.words = distinct.toArray(new String[0]);
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 4) - 1) << 1;
        this.slots = new String[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        for (String w : words) {
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            hashes[i] = h;
        }
    }

    public static WordSet of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    public static WordSet copyOf(Collection<String> words) {
        if (words instanceof WordSet set) {
            return set;
        }
        return new WordSet(new java.util.LinkedHashSet<>(List.copyOf(words)));
    }

    /** Words already distinct, in their set's order: what {@link #copyOf} gives, without its two copies. */
    public static WordSet ofDistinct(java.util.Set<String> words) {
        return new WordSet(words);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && slots[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return List.of(words).iterator();
    }

    @Override
    public int size() {
        return words.length;
    }
}
