package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build's table of given names answers what the maps made from lexicon/first-names.tsv answered. */
class GivenNamesTest {
    private final List<String[]> rows = Lexicon.rows(GivenNames.SOURCE, 2);

    @Test
    void theBuildWroteWhatTheSourceGives() {
        byte[] written = Lexicon.bytesOrNull(GivenNames.RESOURCE);
        assertNotNull(written, "the build writes " + GivenNames.RESOURCE);
        assertEquals(GivenNames.table(), new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void everyNameIsAnsweredAsTheSourceMapsAnswerIt() {
        Map<String, String> arabic = new HashMap<>();
        Set<String> latin = new HashSet<>();
        for (String[] row : rows) {
            if (!row[0].isEmpty()) {
                arabic.put(TextNormalizer.normalizePhrase(row[0]), row[1]);
            }
            latin.add(row[1].toLowerCase(Locale.ROOT));
        }
        assertTrue(arabic.size() > 300 && latin.size() > 1500, arabic.size() + " / " + latin.size());
        for (Map.Entry<String, String> name : arabic.entrySet()) {
            assertEquals(name.getValue(), NameLexicon.arabicGivenName(name.getKey()), name.getKey());
            String longer = name.getKey() + "\u0627";
            assertEquals(arabic.get(longer), NameLexicon.arabicGivenName(longer), longer);
            String shorter = name.getKey().substring(0, name.getKey().length() - 1);
            assertEquals(arabic.get(shorter), NameLexicon.arabicGivenName(shorter), shorter);
        }
        for (String name : latin) {
            assertTrue(NameLexicon.isLatinGivenName(name), name);
            assertEquals(latin.contains(name + "s"), NameLexicon.isLatinGivenName(name + "s"), name + "s");
        }
    }

    @Test
    void otherWordsAreNotGivenNames() {
        for (String word : new String[] {"", "\t", "\n", "شركة", "ميتا", "company", "Mohamed", "MOHAMED", "\uffff", "\u0000",
                "محمد\tMohamed", "mohamed\n"}) {
            assertNull(NameLexicon.arabicGivenName(word), word);
        }
        assertEquals("Mohamed", NameLexicon.arabicGivenName(TextNormalizer.normalizePhrase("محمد")));
        assertTrue(NameLexicon.isLatinGivenName("mohamed"));
        assertFalse(NameLexicon.isLatinGivenName("Mohamed"));
        assertFalse(NameLexicon.isLatinGivenName("company"));
    }
}
