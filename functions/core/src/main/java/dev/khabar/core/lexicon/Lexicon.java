package dev.khabar.core.lexicon;

import dev.khabar.core.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

    /** Rows of a tab-separated resource, comments and blank lines skipped; missing trailing columns are "". */
    public static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] raw = line.split("\t", -1);
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = i < raw.length ? raw[i].trim() : "";
                }
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A one-word-a-line resource as a set of folded words. */
    public static Set<String> foldedWords(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(resource, 1)) {
            out.add(TextNormalizer.normalizePhrase(row[0]));
        }
        return WordSet.copyOf(out);
    }
}
