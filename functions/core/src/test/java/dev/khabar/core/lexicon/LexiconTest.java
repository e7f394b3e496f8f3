package dev.khabar.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every lexicon reads to the rows and folded word sets a line reader and {@code split} give (the reading before). */
class LexiconTest {
    private static final List<String> TABLES = List.of("/lexicon/cues.tsv", "/lexicon/currency-words.tsv",
            "/lexicon/first-names.tsv", "/lexicon/products-ar.tsv", "/lexicon/role-abbreviations-en.tsv",
            "/lexicon/role-complements-ar.tsv", "/lexicon/roles-ar.tsv", "/lexicon/triggers.tsv",
            "/gazetteer/organizations.tsv", "/gazetteer/people.tsv", "/gazetteer/places.tsv", "/gazetteer/products.tsv",
            "/gazetteer/countries.tsv");
    private static final List<String> WORD_LISTS = List.of("/lexicon/common-words-en.txt", "/lexicon/non-employers.txt",
            "/lexicon/product-model-words-en.txt", "/lexicon/stopwords-ar.txt", "/lexicon/stopwords-en.txt",
            "/lexicon/titles-en.txt", "/lexicon/verbs-after-names-ar.txt");

    @Test
    void rowsAreWhatALineReaderAndSplitGive() throws IOException {
        for (String table : TABLES) {
            for (int columns = 1; columns <= 6; columns++) {
                List<String[]> expected = byLines(table, columns);
                List<String[]> rows = Lexicon.rows(table, columns);
                assertEquals(expected.size(), rows.size(), table);
                for (int i = 0; i < rows.size(); i++) {
                    assertArrayEquals(expected.get(i), rows.get(i), table + " row " + i);
                }
            }
        }
    }

    @Test
    void foldedWordsInTheSameOrder() throws IOException {
        for (String list : WORD_LISTS) {
            Set<String> folded = new java.util.HashSet<>();
            for (String[] row : byLines(list, 1)) {
                folded.add(TextNormalizer.normalizePhrase(row[0]));
            }
            assertEquals(new ArrayList<>(new LinkedHashSet<>(List.copyOf(folded))),
                    new ArrayList<>(Lexicon.foldedWords(list)), list);
        }
    }

    private static List<String[]> byLines(String resource, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
        }
        return out;
    }
}
