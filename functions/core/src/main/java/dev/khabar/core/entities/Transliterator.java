package dev.khabar.core.entities;

import dev.khabar.core.text.TextNormalizer;
import java.util.Map;

/**
 * Latin spelling of an Arabic-script name nobody listed: given names from the lexicon, other words letter by letter
 * (long vowels kept, short ones unwritten in Arabic stay unwritten, so the result is a readable key, not a spelling).
 */
public final class Transliterator {
    private static final String[] LETTERS = new String[0x65];
    /** Words that join the parts of an Arabic name, in their usual English spelling (Turki bin Saud Al Saud). */
    private static final java.util.Map<String, String> LINKS = Map.of("بن", "bin", "ابن", "ibn", "بنت", "bint",
            "ال", "Al", "ابو", "Abu");

    static {
        put('ا', "a"); put('ب', "b"); put('ت', "t"); put('ث', "th"); put('ج', "j"); put('ح', "h"); put('خ', "kh");
        put('د', "d"); put('ذ', "dh"); put('ر', "r"); put('ز', "z"); put('س', "s"); put('ش', "sh"); put('ص', "s");
        put('ض', "d"); put('ط', "t"); put('ظ', "z"); put('ع', "a"); put('غ', "gh"); put('ف', "f"); put('ق', "q");
        put('ك', "k"); put('ل', "l"); put('م', "m"); put('ن', "n"); put('ه', "h"); put('و', "o"); put('ي', "i");
        put('ء', ""); put('ئ', "e"); put('ؤ', "o");
    }

    /** Latin initials and the Arabic letters (folded) that spell them at the start of a foreign name. */
    private static final java.util.Map<Character, String> INITIALS = Map.ofEntries(Map.entry('a', "اع"),
            Map.entry('b', "ب"), Map.entry('c', "كسش"), Map.entry('d', "دض"),
            Map.entry('e', "اي"), Map.entry('f', "ف"), Map.entry('g', "جغقك"),
            Map.entry('h', "هح"), Map.entry('i', "اي"), Map.entry('j', "جي"),
            Map.entry('k', "كقخ"), Map.entry('l', "ل"), Map.entry('m', "م"),
            Map.entry('n', "ن"), Map.entry('o', "او"), Map.entry('p', "ب"),
            Map.entry('q', "كق"), Map.entry('r', "ر"), Map.entry('s', "سصزشث"),
            Map.entry('t', "تطث"), Map.entry('u', "اوي"), Map.entry('v', "فو"),
            Map.entry('w', "و"), Map.entry('x', "اكز"), Map.entry('y', "يا"),
            Map.entry('z', "زس"));

    private Transliterator() {
    }

    /** Whether the folded Arabic letter may spell the first sound of a Latin word starting with {@code initial}. */
    static boolean mayStart(char arabic, char initial) {
        String letters = INITIALS.get(Character.toLowerCase(initial));
        return letters != null && letters.indexOf(arabic) >= 0;
    }

    private static void put(char c, String latin) {
        LETTERS[c - 0x600] = latin;
    }

    public static String name(String arabic) {
        StringBuilder out = new StringBuilder();
        for (String word : arabic.strip().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String folded = TextNormalizer.normalize(word);
            String link = LINKS.get(folded);
            if (link != null) {
                out.append(link);
                continue;
            }
            String given = NameLexicon.arabicGivenName(folded);
            out.append(given != null ? given : capitalize(letters(folded)));
        }
        return out.toString();
    }

    private static String letters(String folded) {
        StringBuilder sb = new StringBuilder();
        String w = folded.startsWith("ال") && folded.length() > 3 ? folded.substring(2) : folded;
        String prefix = w == folded ? "" : "al-";
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int k = c - 0x600;
            if (k >= 0 && k < LETTERS.length && LETTERS[k] != null) {
                String l = LETTERS[k];
                if (i == 0 && c == 'و') {
                    l = "w";
                } else if (i == 0 && c == 'ي') {
                    l = "y";
                } else if (c == 'ه' && i == w.length() - 1 && i > 0) {
                    l = "a";
                }
                sb.append(l);
            } else {
                sb.append(c);
            }
        }
        return prefix + sb;
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        if (s.startsWith("al-") && s.length() > 3) {
            return "Al-" + Character.toUpperCase(s.charAt(3)) + s.substring(4);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
