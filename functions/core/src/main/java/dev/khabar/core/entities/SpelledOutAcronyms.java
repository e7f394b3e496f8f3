package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "the engineering, procurement and construction (EPC) contract", "a power purchase agreement (PPA)": capitals in
 * parentheses right after the lower-case words whose initials they spell shorten a common noun, not a name; so do the
 * same capitals anywhere else in the text ("the EPC work"). A name spelled out in capitals ("Abu Dhabi National Oil
 * Company (Adnoc)") is no common noun and keeps its acronym.
 */
final class SpelledOutAcronyms {
    /** Small words an acronym may spell or skip: "transfer of technology (TOT)", "research and development (RD)". */
    private static final Set<String> SMALL = WordSet.of("and", "of", "the", "for", "in", "on", "to");

    /** The most words read back from the parenthesis: an acronym spells a short phrase. */
    private static final int MAX_WORDS = 9;

    private SpelledOutAcronyms() {
    }

    /** Drops the names the text writes as an acronym it spells out in lower case. */
    static void drop(List<Token> tokens, MentionSink sink) {
        Set<String> common = new HashSet<>();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (tokens.get(k - 1).is("(") && tokens.get(k + 1).is(")") && Aliases.allCaps(t)
                    && spells(t.surface(), wordsBefore(tokens, k - 1))) {
                common.add(t.surface());
            }
        }
        if (common.isEmpty()) {
            return;
        }
        List<Integer> spelled = new ArrayList<>();
        for (Mention m : sink.sorted()) {
            if (m.endToken() - m.startToken() == 1 && common.contains(tokens.get(m.startToken()).surface())) {
                spelled.add(m.startToken());
            }
        }
        for (int k : spelled) {
            sink.dropNamesIn(k, k + 1);
        }
    }

    /** The lower-case words (commas skipped) right before the token at {@code open}, nearest last. */
    private static List<String> wordsBefore(List<Token> tokens, int open) {
        List<String> words = new ArrayList<>();
        for (int k = open - 1; k >= 0 && words.size() < MAX_WORDS; k--) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                continue;
            }
            if (t.script() != Script.LATIN || !Character.isLowerCase(t.surface().charAt(0))) {
                break;
            }
            words.add(0, t.norm());
        }
        return words;
    }

    /** Whether the letters of {@code acronym} are, in order, the initials of the words ending the list. */
    private static boolean spells(String acronym, List<String> words) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
        return letters.length() >= 2 && spells(letters, letters.length(), words, words.size());
    }

    /** The first {@code n} letters spelled by words[..end): the last letter starts the last word, or a small word is skipped. */
    private static boolean spells(String letters, int n, List<String> words, int end) {
        if (n == 0) {
            return true;
        }
        if (end == 0) {
            return false;
        }
        String word = words.get(end - 1);
        if (word.charAt(0) == letters.charAt(n - 1) && spells(letters, n - 1, words, end - 1)) {
            return true;
        }
        return SMALL.contains(word) && n < letters.length() && spells(letters, n, words, end - 1);
    }
}
