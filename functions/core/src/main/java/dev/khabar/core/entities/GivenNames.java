package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.SortedLines;
import dev.khabar.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The given names of lexicon/first-names.tsv (its one source), folded and sorted at build time into a table searched
 * in place (the core's pom runs {@link #main} after compiling): folding and hashing its 2,000 rows was the largest
 * class initializer of a cold start's first document. Where the build has not written the table (classes run before
 * it), the same text is made from the source in memory.
 */
public final class GivenNames {
    static final String RESOURCE = "/lexicon/given-names.tsv";
    static final String SOURCE = "/lexicon/first-names.tsv";
    /** Line 1 of the table; line 2 holds the number of Arabic lines that follow it, then come the Latin names. */
    static final String COMMENT = "# generated at build time from lexicon/first-names.tsv by GivenNames: "
            + "folded Arabic given name and its Latin spelling; then the Latin given names, lower case\n";

    /** folded Arabic given name → Latin spelling */
    private final SortedLines arabic;
    /** lower-case Latin given names */
    private final SortedLines latin;

    private GivenNames(String table) {
        int countStart = COMMENT.length();
        int countEnd = table.indexOf('\n', countStart);
        arabic = new SortedLines(table, countEnd + 1, Integer.parseInt(table.substring(countStart, countEnd)));
        int latinStart = arabic.end();
        int latinCount = 0;
        for (int at = table.indexOf('\n', latinStart); at >= 0; at = table.indexOf('\n', at + 1)) {
            latinCount++;
        }
        latin = new SortedLines(table, latinStart, latinCount);
    }

    /** The table the build wrote, or the source's in memory where there is none. */
    static GivenNames load() {
        byte[] bytes = Lexicon.bytesOrNull(RESOURCE);
        return new GivenNames(bytes == null ? table() : new String(bytes, StandardCharsets.UTF_8));
    }

    /** The Latin spelling of a folded Arabic given name, or null. */
    String arabic(String folded) {
        return arabic.value(folded);
    }

    boolean isLatin(String folded) {
        return latin.contains(folded);
    }

    /** The table's text for the source as it is now; a folded name given twice keeps its last spelling. */
    static String table() {
        Map<String, String> arabic = new TreeMap<>();
        Set<String> latin = new TreeSet<>();
        for (String[] row : Lexicon.rows(SOURCE, 2)) {
            if (!row[0].isEmpty()) {
                arabic.put(TextNormalizer.normalizePhrase(row[0]), row[1]);
            }
            latin.add(row[1].toLowerCase(Locale.ROOT));
        }
        StringBuilder out = new StringBuilder(COMMENT).append(arabic.size()).append('\n');
        for (Map.Entry<String, String> name : arabic.entrySet()) {
            out.append(name.getKey()).append('\t').append(name.getValue()).append('\n');
        }
        for (String name : latin) {
            out.append(name).append('\n');
        }
        return out.toString();
    }

    /** Writes the table: {@code GivenNames <file>}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, table(), StandardCharsets.UTF_8);
    }
}
