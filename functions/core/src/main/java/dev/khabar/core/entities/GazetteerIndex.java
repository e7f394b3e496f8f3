package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gazetteer's index as a resource, {@value #RESOURCE}: written by the build ({@link #main}, run by the core
 * module's pom after compiling) from {@link GazetteerSources}, read at class initialization instead of tokenizing
 * ~3,000 names, which cost a fresh C1-only JVM about 0.2 s of CPU (docs/performance.md). A test checks that the
 * resource reads back to the gazetteer the sources build.
 *
 * <p>Lines, tab-separated: {@code e wikidata type name} per entry (numbered from 0 in order, wikidata empty when
 * unknown); {@code a entry firstChar exactSurface tokens} per spelling, in each first token's list order (first char
 * as a number, exact surface empty unless the spelling must match case, folded tokens joined by spaces); {@code n
 * name entry} per case-folded name; {@code c code entry} per country; {@code p word} per one-word Arabic place name.
 */
public final class GazetteerIndex {
    static final String RESOURCE = "/gazetteer/index.tsv";

    private GazetteerIndex() {
    }

    static boolean exists() {
        return GazetteerIndex.class.getResource(RESOURCE) != null;
    }

    /** Writes the resource: {@code GazetteerIndex <file>}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines(GazetteerSources.build())) + "\n", StandardCharsets.UTF_8);
    }

    /** A gazetteer's whole content, in an order independent of how it was built. */
    static List<String> lines(Gazetteer g) {
        Map<GazetteerEntry, Integer> entries = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        for (Map.Entry<String, List<Gazetteer.Alias>> first : new TreeMap<>(g.byFirstToken).entrySet()) {
            for (Gazetteer.Alias a : first.getValue()) {
                body.add("a\t" + number(entries, a.entry()) + "\t" + (int) a.firstChar() + "\t"
                        + (a.exactSurface() == null ? "" : a.exactSurface()) + "\t" + String.join(" ", a.tokens()));
            }
        }
        for (Map.Entry<String, GazetteerEntry> name : new TreeMap<>(g.byName).entrySet()) {
            body.add("n\t" + name.getKey() + "\t" + number(entries, name.getValue()));
        }
        List<Map.Entry<GazetteerEntry, String>> countries = new ArrayList<>(g.countryCodes.entrySet());
        countries.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        for (Map.Entry<GazetteerEntry, String> country : countries) {
            body.add("c\t" + country.getValue() + "\t" + number(entries, country.getKey()));
        }
        g.placeWords.stream().sorted().forEach(word -> body.add("p\t" + word));

        List<String> lines = new ArrayList<>();
        lines.add("# generated at build time from resources/gazetteer and the JDK's country names by "
                + GazetteerIndex.class.getName() + "; do not edit");
        for (GazetteerEntry e : entries.keySet()) {
            lines.add("e\t" + (e.wikidata() == null ? "" : e.wikidata()) + "\t" + e.type().name() + "\t" + e.name());
        }
        lines.addAll(body);
        return lines;
    }

    private static int number(Map<GazetteerEntry, Integer> entries, GazetteerEntry entry) {
        Integer n = entries.get(entry);
        if (n == null) {
            n = entries.size();
            entries.put(entry, n);
        }
        return n;
    }

    /** The gazetteer the resource holds: plain string scanning, no tokenizer, no regular expression. */
    static Gazetteer read() {
        String text;
        try (InputStream in = GazetteerIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Gazetteer g = new Gazetteer(8000);
        List<GazetteerEntry> entries = new ArrayList<>(4000);
        String[] f = new String[5];
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end == start || text.charAt(start) == '#') {
                continue;
            }
            int fields = split(text, start, end, f);
            switch (f[0]) {
                case "e" -> entries.add(new GazetteerEntry(f[1].isEmpty() ? null : f[1], EntityType.valueOf(f[2]), f[3]));
                case "a" -> g.addAlias(new Gazetteer.Alias(words(f[4]), f[3].isEmpty() ? null : f[3],
                        (char) Integer.parseInt(f[2]), entries.get(Integer.parseInt(f[1]))));
                case "n" -> g.byName.put(f[1], entries.get(Integer.parseInt(f[2])));
                case "c" -> g.countryCodes.put(entries.get(Integer.parseInt(f[2])), f[1]);
                case "p" -> g.placeWords.add(f[1]);
                default -> throw new IllegalStateException("unknown line '" + f[0] + "' (" + fields + " fields) in " + RESOURCE);
            }
        }
        return g;
    }

    /** The tab-separated fields of text[start, end) into {@code out}; returns how many. */
    private static int split(String text, int start, int end, String[] out) {
        int n = 0;
        int from = start;
        while (n < out.length - 1) {
            int tab = text.indexOf('\t', from);
            if (tab < 0 || tab >= end) {
                break;
            }
            out[n++] = text.substring(from, tab);
            from = tab + 1;
        }
        out[n++] = text.substring(from, end);
        return n;
    }

    /** Folded tokens joined by single spaces (a token never holds a space: the tokenizer splits there). */
    private static String[] words(String joined) {
        int count = 1;
        for (int i = joined.indexOf(' '); i >= 0; i = joined.indexOf(' ', i + 1)) {
            count++;
        }
        String[] out = new String[count];
        int from = 0;
        for (int k = 0; k < count - 1; k++) {
            int space = joined.indexOf(' ', from);
            out[k] = joined.substring(from, space);
            from = space + 1;
        }
        out[count - 1] = joined.substring(from);
        return out;
    }
}
