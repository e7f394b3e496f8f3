package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Arabic organization's name of two words or more, found once where a cue introduced it («لشركة ميراك كابيتال»,
 * «للصندوق الثقافي»), names the same organization wherever else it is written without one («أعلن الصندوق الثقافي»).
 * A one-word name («شركة زيفرا», then «وقالت زيفرا») does too, unless it may be a common word: a function word, a
 * given name or a nationality, a word the text also writes with the article (مدن / المدن), or one that heads a
 * construct where it is met again («مدن المملكة»).
 */
final class Repeats {
    private Repeats() {
    }

    static void find(List<Token> tokens, List<Sentence> sentences, int titleSentences, MentionSink sink) {
        Map<String, List<Name>> byFirstWord = new HashMap<>();
        Map<String, Mention> oneWord = new HashMap<>();
        for (Mention m : sink.sorted()) {
            if (m.type() != EntityType.ORGANIZATION || m.entry() != null || m.aliasOf() != null
                    || tokens.get(m.startToken()).script() != Script.ARABIC) {
                continue;
            }
            String[] words = TextNormalizer.normalize(m.surface()).split(" ");
            if (m.endToken() - m.startToken() >= 2 && words.length == m.endToken() - m.startToken()) {
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Name(words, m));
                if (words.length >= 3 && Cues.arabicCue(words[0]) != null) {
                    String[] bare = java.util.Arrays.copyOfRange(words, 1, words.length); // «مجموعة نوفا تك» is «نوفا تك»
                    byFirstWord.computeIfAbsent(bare[0], w -> new ArrayList<>()).add(new Name(bare, m));
                }
            }
            if (firstWordNames(words)) {
                oneWord.putIfAbsent(words[0], m);
            }
        }
        dropWordsWithArticle(tokens, oneWord);
        if (byFirstWord.isEmpty() && oneWord.isEmpty()) {
            return;
        }
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (sink.covered(i) || tokens.get(i).script() != Script.ARABIC) {
                    continue;
                }
                for (String reading : Clitics.readings(tokens.get(i).norm())) {
                    Mention single = oneWord.get(reading);
                    if (single != null && !headsConstruct(tokens, i + 1, s.endToken())) {
                        addRepeat(tokens, i, i + 1, reading, single, sink);
                        break;
                    }
                    Name name = match(tokens, i, s.endToken(), byFirstWord.get(reading), sink);
                    if (name != null) {
                        int to = i + name.words().length;
                        addRepeat(tokens, i, to, reading, name.full(), sink);
                        i = to - 1;
                        break;
                    }
                }
            }
        }
    }

    /** The organization written again over [from, to), read as {@code reading}, as an alias of the one a cue introduced. */
    private static void addRepeat(List<Token> tokens, int from, int to, String reading, Mention full, MentionSink sink) {
        if (sink.add(from, to, MentionSink.cliticChars(tokens.get(from), reading), EntityType.ORGANIZATION, null, null)) {
            Mention added = sink.last();
            sink.replace(added, added.aliasFor(full));
        }
    }

    /**
     * Whether the first word of an Arabic organization's name (folded words) names it alone — the name is one word, or
     * one before what it does («زيفر للتقنية»; «زيفر الرقمية» may be another) — and is no common word.
     */
    private static boolean firstWordNames(String[] words) {
        if (words.length > 1 && !ArabicWords.tradeFollowsFirstWord(words)) {
            return false;
        }
        String word = words[0];
        return word.length() >= 3 && !word.startsWith("ال") && !NameLexicon.isArabicStop(word)
                && NameLexicon.arabicGivenName(word) == null && !ArabicWords.nationality(word)
                && Cues.arabicCue(word) == null && !NumberReader.arabicCardinal(word);
    }

    /** «المدن» somewhere: مدن is a common word of this text, not only a name. */
    private static void dropWordsWithArticle(List<Token> tokens, Map<String, Mention> names) {
        if (names.isEmpty()) {
            return;
        }
        for (Token t : tokens) {
            for (String reading : Clitics.readings(t.norm())) {
                if (reading.startsWith("ال")) {
                    names.remove(reading.substring(2));
                }
            }
        }
    }

    /** «مدن المملكة»: a definite word right after makes the word before it the head of a construct, a common noun. */
    private static boolean headsConstruct(List<Token> tokens, int next, int end) {
        return next < end && tokens.get(next).script() == Script.ARABIC && tokens.get(next).norm().startsWith("ال");
    }

    /** A name's folded words and the mention that introduced it. */
    private record Name(String[] words, Mention full) {
    }

    /** The name among {@code names} whose later words follow token i as written, all free; or null. */
    private static Name match(List<Token> tokens, int i, int end, List<Name> names, MentionSink sink) {
        if (names == null) {
            return null;
        }
        for (Name name : names) {
            String[] words = name.words();
            int to = i + words.length;
            if (to > end || !sink.free(i, to)) {
                continue;
            }
            boolean same = true;
            for (int w = 1; w < words.length && same; w++) {
                same = tokens.get(i + w).norm().equals(words[w]);
            }
            if (same) {
                return name;
            }
        }
        return null;
    }
}
