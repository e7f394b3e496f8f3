package dev.khabar.core.lexicon;

import dev.khabar.core.text.TextNormalizer;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the word lists and tables under src/main/resources (UTF-8, # comments, tab-separated columns). */
public final class Lexicon {
    private Lexicon() {
    }

    /**
     * Rows of a tab-separated resource, comments and blank lines skipped; missing trailing columns are "". Finds line
     * breaks and tabs with {@code indexOf} over the one String rather than a reader's lines and {@code split}, or a
     * loop of {@code charAt}: class initializers read thousands of rows, interpreted, at every cold start.
     */
    public static List<String[]> rows(String resource, int columns) {
        String text = text(resource);
        List<String[]> out = new ArrayList<>();
        int n = text.length();
        int newline = indexOrLength(text, '\n', 0);
        int carriageReturn = indexOrLength(text, '\r', 0);
        int start = 0;
        while (start < n) {
            if (newline < start) {
                newline = indexOrLength(text, '\n', start);
            }
            if (carriageReturn < start) {
                carriageReturn = indexOrLength(text, '\r', start);
            }
            int end = Math.min(newline, carriageReturn);
            if (end > start && text.charAt(start) != '#' && !blank(text, start, end)) {
                out.add(row(text, start, end, columns));
            }
            start = end + 1;
        }
        return out;
    }

    private static int indexOrLength(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** Whether text[start, end) is all white space, as {@link String#isBlank} (no white space is outside the BMP). */
    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code columns} tab-separated fields of text[start, end), trimmed, "" for missing ones. */
    static String[] row(String text, int start, int end, int columns) {
        String[] row = new String[columns];
        int from = start;
        for (int i = 0; i < columns; i++) {
            if (from > end) {
                row[i] = "";
                continue;
            }
            int to = text.indexOf('\t', from, end);
            if (to < 0) {
                to = end;
            }
            row[i] = text.substring(from, to).trim();
            from = to + 1;
        }
        return row;
    }

    static String text(String resource) {
        byte[] bytes = bytesOrNull(resource);
        if (bytes == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes of one of the core's resources (a name such as {@code /lexicon/triggers.tsv}), or null if it has none. */
    public static byte[] bytesOrNull(String resource) {
        try (InputStream in = open(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a resource as a URL under the root of the jar (or classes folder) holding this class, rather than through
     * the class loader, whose every lookup first searches the JDK's own modules for the name (and its parents' loaders
     * theirs): a cold start reads some 15 resources, each lookup ~0.5 ms interpreted. Where the resource is not next to
     * the classes (an IDE's separate resources folder), or is missing, the class loader's search answers.
     */
    private static InputStream open(String resource) throws IOException {
        if (Root.URL != null) {
            try {
                return URI.create(Root.URL + resource.substring(1)).toURL().openStream();
            } catch (FileNotFoundException | MalformedURLException | IllegalArgumentException e) {
                // not under the root, or a root no URI can be made from: the class loader's search below
            }
        }
        return Lexicon.class.getResourceAsStream(resource);
    }

    /** The root's URL, ending with a slash, found once by the class loader; null where this class is not in a jar or folder. */
    private static final class Root {
        private static final String CLASS_FILE = "dev/khabar/core/lexicon/Lexicon.class";
        static final String URL = root(Lexicon.class.getResource("/" + CLASS_FILE));

        private static String root(URL classFile) {
            String url = classFile == null ? "" : classFile.toString();
            return url.endsWith(CLASS_FILE) ? url.substring(0, url.length() - CLASS_FILE.length()) : null;
        }
    }

    /** A one-word-a-line resource as a set of folded words. */
    public static Set<String> foldedWords(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(resource, 1)) {
            out.add(TextNormalizer.normalizePhrase(row[0]));
        }
        return WordSet.ofDistinct(out);
    }
}
