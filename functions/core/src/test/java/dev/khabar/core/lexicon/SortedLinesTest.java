package dev.khabar.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedLinesTest {
    @Test
    void findsEveryKeyAndNothingBesideIt() {
        // keys that are prefixes of others, an empty key, a key without a value, chars on both sides of the tab
        String text = "head\n\tempty key\na\t1\nab\t2\nabc\nb\t\nz\u0000\tlow\nz\u00ff\thigh\n" + "\u0645\u062d\u0645\u062f\tMohamed\ntail\n";
        SortedLines lines = new SortedLines(text, 5, 8);
        assertEquals("empty key", lines.value(""));
        assertEquals("1", lines.value("a"));
        assertEquals("2", lines.value("ab"));
        assertEquals("", lines.value("abc"));
        assertEquals("", lines.value("b"));
        assertEquals("Mohamed", lines.value("\u0645\u062d\u0645\u062f"));
        assertEquals("low", lines.value("z\u0000"));
        assertEquals("high", lines.value("z\u00ff"));
        assertEquals(text.length() - "tail\n".length(), lines.end());
        for (String absent : new String[] {"head", "tail", "abcd", "aa", "a\t1", "\t", "z", "\u0645\u062d\u0645", " a", "A",
                "\uffff", "\u0000", "z\u0001", "a\n"}) {
            assertNull(lines.value(absent), absent);
            assertFalse(lines.contains(absent), absent);
        }
    }

    @Test
    void answersAsASortedMapDoes() {
        Random random = new Random(18);
        for (int round = 0; round < 50; round++) {
            TreeMap<String, String> map = new TreeMap<>();
            int size = random.nextInt(40);
            while (map.size() < size) {
                map.put(word(random), word(random));
            }
            StringBuilder text = new StringBuilder();
            for (var e : map.entrySet()) {
                text.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
            }
            SortedLines lines = new SortedLines(text.toString(), 0, map.size());
            List<String> asked = new ArrayList<>(map.keySet());
            for (int i = 0; i < 200; i++) {
                asked.add(word(random));
            }
            for (String key : asked) {
                assertEquals(map.get(key), lines.value(key), key);
                assertEquals(map.containsKey(key), lines.contains(key), key);
            }
        }
    }

    @Test
    void aTableShorterThanItsCountIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SortedLines("a\nb\n", 0, 3));
        assertTrue(e.getMessage().contains("3 lines"), e.getMessage());
    }

    /** Short words over a few letters, so that keys share prefixes and lookups land between them. */
    private static String word(Random random) {
        char[] letters = {'a', 'b', 'c', '\u0627', '\u0645'};
        char[] w = new char[random.nextInt(4)];
        for (int i = 0; i < w.length; i++) {
            w[i] = letters[random.nextInt(letters.length)];
        }
        return new String(w);
    }
}
