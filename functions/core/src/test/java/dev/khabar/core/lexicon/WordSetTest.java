package dev.khabar.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
    @Test
    void holdsExactlyItsWords() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add("word" + i);
            words.add("كلمه" + i);
        }
        Set<String> set = WordSet.copyOf(words);
        assertEquals(1000, set.size());
        for (String w : words) {
            assertTrue(set.contains(new String(w)), w); // a new string, as a token's is
        }
        assertFalse(set.contains("word500"));
        assertFalse(set.contains("كلمه"));
        assertFalse(set.contains(""));
        assertFalse(set.contains(null));
        assertFalse(set.contains(42));
        assertEquals(new HashSet<>(words), set);
    }

    @Test
    void keepsTheOrderWordsWereGivenInAndDropsRepeats() {
        Set<String> set = WordSet.of("inc", "corp", "inc", "ltd");
        assertEquals(List.of("inc", "corp", "ltd"), new ArrayList<>(set));
    }

    @Test
    void wordsWithTheSameHashAreTold() {
        // "Aa" and "BB" share a String hash: the slot's hash matches, the word must still be compared
        Set<String> set = WordSet.of("Aa");
        assertTrue(set.contains("Aa"));
        assertFalse(set.contains("BB"));
    }

    @Test
    void anEmptySetHoldsNothing() {
        assertFalse(WordSet.of().contains("a"));
        assertTrue(WordSet.of().isEmpty());
    }
}
