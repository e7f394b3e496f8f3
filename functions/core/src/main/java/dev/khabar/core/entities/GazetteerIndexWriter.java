package dev.khabar.core.entities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@link GazetteerIndex}'s resource at build time (the core module's pom runs {@link #main} after compiling). */
public final class GazetteerIndexWriter {
    private static final Comparator<String> UTF8_ORDER = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return Arrays.compareUnsigned(GazetteerIndex.utf8(a), GazetteerIndex.utf8(b));
        }
    };

    private GazetteerIndexWriter() {
    }

    /** Writes the resource: {@code GazetteerIndexWriter <file>}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(GazetteerSources.build()));
    }

    /** The resource's bytes for a gazetteer's content, the same whatever order the sources were read in. */
    static byte[] bytes(GazetteerSources g) {
        Map<String, List<Gazetteer.Alias>> aliases = sorted(g.byFirstToken);
        Map<String, GazetteerEntry> names = sorted(g.byName);
        List<Map.Entry<GazetteerEntry, String>> countries = new ArrayList<>(g.countryCodes.entrySet());
        countries.sort(Comparator.comparing((Map.Entry<GazetteerEntry, String> c) -> c.getKey().name(), UTF8_ORDER)
                .thenComparing(Map.Entry::getValue));
        List<String> placeWords = new ArrayList<>(g.placeWords);
        placeWords.sort(UTF8_ORDER);

        // every entry once, in the order the sections first name it, at the offset of its line
        Map<GazetteerEntry, Integer> offsets = new LinkedHashMap<>();
        for (List<Gazetteer.Alias> spellings : aliases.values()) {
            for (Gazetteer.Alias a : spellings) {
                offsets.putIfAbsent(a.entry(), 0);
            }
        }
        for (GazetteerEntry e : names.values()) {
            offsets.putIfAbsent(e, 0);
        }
        for (Map.Entry<GazetteerEntry, String> c : countries) {
            offsets.putIfAbsent(c.getKey(), 0);
        }
        int header = GazetteerIndex.COMMENT.length() + GazetteerIndex.HEADER_NUMBERS * (GazetteerIndex.OFFSET_WIDTH + 1);
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (Map.Entry<GazetteerEntry, Integer> e : offsets.entrySet()) {
            e.setValue(header + entries.size());
            GazetteerEntry entry = e.getKey();
            entries.writeBytes(line(entry.wikidata() == null ? "" : entry.wikidata(), entry.type().name(), entry.name()));
        }

        Table spellings = new Table();
        for (Map.Entry<String, List<Gazetteer.Alias>> first : aliases.entrySet()) {
            for (Gazetteer.Alias a : first.getValue()) {
                String rest = String.join(" ", Arrays.copyOfRange(a.tokens(), 1, a.tokens().length));
                spellings.add(first.getKey(), line(first.getKey(), String.valueOf(offsets.get(a.entry())),
                        String.valueOf((int) a.firstChar()), a.exactSurface() == null ? "" : a.exactSurface(), rest));
            }
        }
        Table foldedNames = new Table();
        for (Map.Entry<String, GazetteerEntry> name : names.entrySet()) {
            foldedNames.add(name.getKey(), line(name.getKey(), String.valueOf(offsets.get(name.getValue()))));
        }
        Table countryCodes = new Table();
        for (Map.Entry<GazetteerEntry, String> c : countries) {
            countryCodes.add(c.getKey().name(), line(c.getKey().name(), c.getValue(), String.valueOf(offsets.get(c.getKey()))));
        }
        Table places = new Table();
        for (String word : placeWords) {
            places.add(word, line(word));
        }

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder numbers = new StringBuilder();
        int at = header + entries.size();
        for (Table table : List.of(spellings, foldedNames, countryCodes, places)) {
            byte[] bytes = table.bytes(at);
            numbers.append(fixed(at)).append(' ').append(fixed(table.buckets())).append(' ');
            body.writeBytes(bytes);
            at += bytes.length;
        }
        numbers.append(fixed(at)).append('\n');

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(GazetteerIndex.utf8(GazetteerIndex.COMMENT));
        out.writeBytes(GazetteerIndex.utf8(numbers.toString()));
        out.writeBytes(entries.toByteArray());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /**
     * A section's lines, each under its key, added in key order: written as a bucket table (one line of fixed-width
     * offsets, a bucket per distinct key) and the lines bucket by bucket, in the order added within a bucket.
     */
    private static final class Table {
        private final List<String> keys = new ArrayList<>();
        private final List<byte[]> lines = new ArrayList<>();

        void add(String key, byte[] line) {
            keys.add(key);
            lines.add(line);
        }

        int buckets() {
            return Math.max(1, new HashSet<>(keys).size());
        }

        /** The table and its lines, for a section starting at byte {@code start} of the resource. */
        byte[] bytes(int start) {
            int buckets = buckets();
            List<List<byte[]>> byBucket = new ArrayList<>();
            for (int b = 0; b < buckets; b++) {
                byBucket.add(new ArrayList<>());
            }
            for (int i = 0; i < keys.size(); i++) {
                byBucket.get((keys.get(i).hashCode() & Integer.MAX_VALUE) % buckets).add(lines.get(i));
            }
            StringBuilder table = new StringBuilder();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int first = start + (buckets + 1) * GazetteerIndex.OFFSET_WIDTH + 1;
            for (List<byte[]> bucket : byBucket) {
                table.append(fixed(first + body.size()));
                for (byte[] line : bucket) {
                    body.writeBytes(line);
                }
            }
            table.append(fixed(first + body.size())).append('\n');
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(GazetteerIndex.utf8(table.toString()));
            out.writeBytes(body.toByteArray());
            return out.toByteArray();
        }
    }

    private static String fixed(int n) {
        return String.format("%0" + GazetteerIndex.OFFSET_WIDTH + "d", n);
    }

    /** One tab-separated line; no field may hold a tab or a line break. */
    private static byte[] line(String... fields) {
        for (String field : fields) {
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a tab or line break in gazetteer field '" + field + "'");
            }
        }
        return GazetteerIndex.utf8(String.join("\t", fields) + "\n");
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        Map<String, V> sorted = new TreeMap<>(UTF8_ORDER);
        sorted.putAll(map);
        return sorted;
    }
}
