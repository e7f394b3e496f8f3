package dev.khabar.core.entities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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

    /** Line 2 holds where each of these starts, then where the last ends. */
    private static final String[] SECTIONS_AFTER_ENTRIES = {"spellings", "names", "countries", "places", "end"};

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
        int header = GazetteerIndex.COMMENT.length() + SECTIONS_AFTER_ENTRIES.length * (GazetteerIndex.OFFSET_WIDTH + 1);
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (Map.Entry<GazetteerEntry, Integer> e : offsets.entrySet()) {
            e.setValue(header + entries.size());
            GazetteerEntry entry = e.getKey();
            line(entries, entry.wikidata() == null ? "" : entry.wikidata(), entry.type().name(), entry.name());
        }

        ByteArrayOutputStream spellings = new ByteArrayOutputStream();
        for (Map.Entry<String, List<Gazetteer.Alias>> first : aliases.entrySet()) {
            for (Gazetteer.Alias a : first.getValue()) {
                String rest = String.join(" ", Arrays.copyOfRange(a.tokens(), 1, a.tokens().length));
                line(spellings, first.getKey(), String.valueOf(offsets.get(a.entry())), String.valueOf((int) a.firstChar()),
                        a.exactSurface() == null ? "" : a.exactSurface(), rest);
            }
        }
        ByteArrayOutputStream foldedNames = new ByteArrayOutputStream();
        for (Map.Entry<String, GazetteerEntry> name : names.entrySet()) {
            line(foldedNames, name.getKey(), String.valueOf(offsets.get(name.getValue())));
        }
        ByteArrayOutputStream countryCodes = new ByteArrayOutputStream();
        for (Map.Entry<GazetteerEntry, String> c : countries) {
            line(countryCodes, c.getKey().name(), c.getValue(), String.valueOf(offsets.get(c.getKey())));
        }
        ByteArrayOutputStream places = new ByteArrayOutputStream();
        for (String word : placeWords) {
            line(places, word);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(GazetteerIndex.utf8(GazetteerIndex.COMMENT));
        int at = header + entries.size();
        for (ByteArrayOutputStream section : List.of(spellings, foldedNames, countryCodes, places)) {
            out.writeBytes(GazetteerIndex.utf8(String.format("%0" + GazetteerIndex.OFFSET_WIDTH + "d ", at)));
            at += section.size();
        }
        out.writeBytes(GazetteerIndex.utf8(String.format("%0" + GazetteerIndex.OFFSET_WIDTH + "d\n", at)));
        for (ByteArrayOutputStream section : List.of(entries, spellings, foldedNames, countryCodes, places)) {
            out.writeBytes(section.toByteArray());
        }
        return out.toByteArray();
    }

    /** One tab-separated line; no field may hold a tab or a line break. */
    private static void line(ByteArrayOutputStream out, String... fields) {
        for (String field : fields) {
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a tab or line break in gazetteer field '" + field + "'");
            }
        }
        out.writeBytes(GazetteerIndex.utf8(String.join("\t", fields) + "\n"));
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        Map<String, V> sorted = new TreeMap<>(UTF8_ORDER);
        sorted.putAll(map);
        return sorted;
    }
}
