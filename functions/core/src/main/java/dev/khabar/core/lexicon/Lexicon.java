package dev.khabar.core.lexicon;

import dev.khabar.core.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
     * Rows of a tab-separated resource, comments and blank lines skipped; missing trailing columns are "". Scans the
     * text char by char rather than a reader's lines and {@code split}: class initializers read thousands of
     * rows, interpreted, at every cold start.
     */
    public static List<String[]> rows(String resource, int columns) {
        String text = text(resource);
        List<String[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end > start && text.charAt(start) != '#' && !text.substring(start, end).isBlank()) {
                out.add(row(text, start, end, columns));
            }
            start = end + 1;
        }
        return out;
    }

    /** The first {@code columns} tab-separated fields of text[start, end), trimmed, "" for missing ones. */
    private static String[] row(String text, int start, int end, int columns) {
        String[] row = new String[columns];
        int from = start;
        for (int i = 0; i < columns; i++) {
            if (from > end) {
                row[i] = "";
                continue;
            }
            int to = from;
            while (to < end && text.charAt(to) != '\t') {
                to++;
            }
            row[i] = text.substring(from, to).trim();
            from = to + 1;
        }
        return row;
    }

    private static String text(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
