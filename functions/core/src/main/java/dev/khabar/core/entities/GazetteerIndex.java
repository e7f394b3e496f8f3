package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gazetteer's index as a resource, {@value #RESOURCE}: written by the build ({@link GazetteerIndexWriter}, run by the
 * core module's pom after compiling) from {@link GazetteerSources}, and searched in place at run time. A cold start reads
 * the resource's bytes and decodes only the lines a document asks for: only the reading of the bytes grows with the
 * number of names (decoding every line at class initialization cost ~15 ms of a fresh C1-only JVM for 3,000
 * spellings; tokenizing every name from the sources ~0.2 s; docs/performance.md).
 *
 * <p>UTF-8 text. Line 1 a comment; line 2 each section's start and number of buckets (for the sections after the
 * entries), then where the last ends, as fixed-width decimals; then the sections of tab-separated lines:
 * <ul>
 * <li>entries, {@code wikidata type name} (wikidata empty when unknown), referred to by the byte offset of their line;
 * <li>spellings, {@code firstToken entry firstChar exactSurface otherTokens} (first char as a number, exact surface
 * empty unless the spelling must match case, the other folded tokens joined by spaces);
 * <li>case-folded names, {@code name entry};
 * <li>countries, {@code name code entry} (the entry's own name as key);
 * <li>one-word Arabic place names, {@code word}.
 * </ul>
 * Each section after the entries is a hash table: its first line holds, for each of its buckets, the offset of the
 * bucket's first line (then the section's end), fixed-width; a key's bucket is its {@link String#hashCode} modulo the
 * number of buckets; within a bucket lines are sorted by key (UTF-8 bytes, unsigned), the lines of one key in the
 * sources' order. A lookup reads two offsets and the few lines of one bucket.
 */
public final class GazetteerIndex {
    static final String RESOURCE = "/gazetteer/index.tsv";
    /** Line 1 of the resource. */
    static final String COMMENT = "# generated at build time from resources/gazetteer and the JDK's country names by "
            + "dev.khabar.core.entities.GazetteerIndexWriter; do not edit\n";
    /** Digits of each offset and count. */
    static final int OFFSET_WIDTH = 8;
    /** Line 2: each section's start and number of buckets, then the end of the last. */
    static final int HEADER_NUMBERS = 9;

    /** A section after the entries: where its bucket table starts, how many buckets it has and where it ends. */
    private record Section(int table, int buckets, int end) {
    }

    private final byte[] data;
    private final Section aliases;
    private final Section names;
    private final Section countries;
    private final Section places;
    /** Entries already decoded, by the offset of their line: one instance per entry. */
    private final Map<Integer, GazetteerEntry> entries = new ConcurrentHashMap<>();

    private GazetteerIndex(byte[] data) {
        this.data = data;
        int[] header = new int[HEADER_NUMBERS];
        for (int i = 0; i < header.length; i++) {
            header[i] = number(COMMENT.length() + i * (OFFSET_WIDTH + 1), OFFSET_WIDTH);
        }
        if (header[8] != data.length) {
            throw new IllegalStateException(RESOURCE + " is " + data.length + " bytes, its header says " + header[8]);
        }
        aliases = new Section(header[0], header[1], header[2]);
        names = new Section(header[2], header[3], header[4]);
        countries = new Section(header[4], header[5], header[6]);
        places = new Section(header[6], header[7], header[8]);
    }

    static boolean exists() {
        return resourceOrNull() != null;
    }

    /** The index the build wrote. */
    static GazetteerIndex resource() {
        GazetteerIndex index = resourceOrNull();
        if (index == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return index;
    }

    /** The index the build wrote, or null if there is none (classes run before the build wrote it). */
    static GazetteerIndex resourceOrNull() {
        byte[] data = Lexicon.bytesOrNull(RESOURCE);
        return data == null ? null : new GazetteerIndex(data);
    }

    /** The index of a gazetteer built from its sources, in memory. */
    static GazetteerIndex of(GazetteerSources sources) {
        return new GazetteerIndex(GazetteerIndexWriter.bytes(sources));
    }

    /** The spellings whose first folded token is {@code first}, in the sources' order, or null. */
    List<Gazetteer.Alias> aliases(String first) {
        int line = find(aliases, first);
        if (line < 0) {
            return null;
        }
        List<Gazetteer.Alias> found = new ArrayList<>(2);
        for (; line < aliases.end && compareKey(line, first) == 0; line = next(line)) {
            int[] f = fields(line, 5);
            String rest = string(f[8], f[9]);
            String[] tokens = rest.isEmpty() ? new String[] {first} : words(first, rest);
            found.add(new Gazetteer.Alias(tokens, f[7] == f[6] ? null : string(f[6], f[7]), (char) number(f[4], f[5] - f[4]),
                    entry(number(f[2], f[3] - f[2]))));
        }
        return found;
    }

    /** The entry with this case-folded name, or null. */
    GazetteerEntry byName(String folded) {
        int line = find(names, folded);
        if (line < 0) {
            return null;
        }
        int[] f = fields(line, 2);
        return entry(number(f[2], f[3] - f[2]));
    }

    /** The ISO 3166 code of a country's entry, or null. */
    String countryCode(GazetteerEntry entry) {
        String key = entry.name();
        for (int line = find(countries, key); line >= 0 && line < countries.end && compareKey(line, key) == 0; line = next(line)) {
            int[] f = fields(line, 3);
            if (entry(number(f[4], f[5] - f[4])).equals(entry)) {
                return string(f[2], f[3]);
            }
        }
        return null;
    }

    boolean isPlaceWord(String folded) {
        return find(places, folded) >= 0;
    }

    private GazetteerEntry entry(int offset) {
        GazetteerEntry known = entries.get(offset);
        if (known != null) {
            return known;
        }
        int[] f = fields(offset, 3);
        GazetteerEntry entry = new GazetteerEntry(f[1] == f[0] ? null : string(f[0], f[1]),
                EntityType.valueOf(string(f[2], f[3])), string(f[4], f[5]));
        GazetteerEntry raced = entries.putIfAbsent(offset, entry);
        return raced != null ? raced : entry;
    }

    /** The first line of the section whose key is {@code key}, or -1. */
    private int find(Section section, String key) {
        int bucket = (key.hashCode() & Integer.MAX_VALUE) % section.buckets;
        int at = section.table + bucket * OFFSET_WIDTH;
        int stop = number(at + OFFSET_WIDTH, OFFSET_WIDTH);
        for (int line = number(at, OFFSET_WIDTH); line < stop; line = next(line)) {
            int c = compareKey(line, key);
            if (c == 0) {
                // equal bytes, checked as text too: a lone surrogate in the key encodes as '?'
                return keyEquals(line, key) ? line : -1;
            }
            if (c > 0) {
                return -1;
            }
        }
        return -1;
    }

    private int next(int line) {
        while (data[line] != '\n') {
            line++;
        }
        return line + 1;
    }

    /**
     * The first field of the line against {@code key} in the order of their UTF-8 bytes (unsigned), the key encoded
     * char by char as it is compared: a lookup allocates nothing and stops at the first difference.
     */
    private int compareKey(int line, String key) {
        int at = line;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isSurrogate(c)) {
                return compareKey(line, utf8(key)); // four bytes a pair, '?' alone: the encoder's business
            }
            int length = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            for (int k = 0; k < length; k++, at++) {
                int shift = 6 * (length - 1 - k);
                int want = k > 0 ? 0x80 | c >> shift & 0x3F : length == 1 ? c : length == 2 ? 0xC0 | c >> 6 : 0xE0 | c >> 12;
                int b = data[at] & 0xFF;
                if (b == '\t' || b == '\n') {
                    return -1;
                }
                if (b != want) {
                    return b < want ? -1 : 1;
                }
            }
        }
        return data[at] == '\t' || data[at] == '\n' ? 0 : 1;
    }

    /** The first field of the line against {@code key}'s bytes, unsigned. */
    private int compareKey(int line, byte[] key) {
        for (int i = 0; ; i++) {
            byte b = data[line + i];
            boolean fieldEnded = b == '\t' || b == '\n';
            if (i == key.length) {
                return fieldEnded ? 0 : 1;
            }
            if (fieldEnded) {
                return -1;
            }
            int c = Byte.compareUnsigned(b, key[i]);
            if (c != 0) {
                return c;
            }
        }
    }

    private boolean keyEquals(int line, String key) {
        int[] f = fields(line, 1);
        return string(f[0], f[1]).equals(key);
    }

    /** The start and end of the line's first {@code count} fields, pairs in one array. */
    private int[] fields(int line, int count) {
        int[] bounds = new int[count * 2];
        int at = line;
        for (int n = 0; n < count; n++) {
            bounds[2 * n] = at;
            while (data[at] != '\t' && data[at] != '\n') {
                at++;
            }
            bounds[2 * n + 1] = at;
            at++;
        }
        return bounds;
    }

    private String string(int from, int to) {
        return new String(data, from, to - from, StandardCharsets.UTF_8);
    }

    private int number(int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            n = n * 10 + (data[i] - '0');
        }
        return n;
    }

    /** The first token, then the others joined by single spaces (a token never holds a space: the tokenizer splits there). */
    private static String[] words(String first, String rest) {
        int count = 2;
        for (int i = rest.indexOf(' '); i >= 0; i = rest.indexOf(' ', i + 1)) {
            count++;
        }
        String[] out = new String[count];
        out[0] = first;
        int from = 0;
        for (int k = 1; k < count - 1; k++) {
            int space = rest.indexOf(' ', from);
            out[k] = rest.substring(from, space);
            from = space + 1;
        }
        out[count - 1] = rest.substring(from);
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
