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
        for (Mention m : sink.sorted()) {
            if (m.type() == EntityType.ORGANIZATION && m.entry() == null && m.aliasOf() == null && m.endToken() - m.startToken() >= 2
                    && tokens.get(m.startToken()).script() == Script.ARABIC) {
                String[] words = TextNormalizer.normalize(m.surface()).split(" ");
                if (words.length == m.endToken() - m.startToken()) {
                    byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Name(words, m));
                    if (words.length >= 3 && Cues.arabicCue(words[0]) != null) {
                        String[] bare = java.util.Arrays.copyOfRange(words, 1, words.length); // «مجموعة نوفا تك» is «نوفا تك»
                        byFirstWord.computeIfAbsent(bare[0], w -> new ArrayList<>()).add(new Name(bare, m));
                    }
                }
            }
        }
        Map<String, Mention> oneWord = oneWordNames(tokens, sink);
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
                        if (sink.add(i, i + 1, MentionSink.cliticChars(tokens.get(i), reading), EntityType.ORGANIZATION, null, null)) {
                            Mention added = sink.last();
                            sink.replace(added, added.aliasFor(single));
                        }
                        break;
                    }
                    Name name = match(tokens, i, s.endToken(), byFirstWord.get(reading), sink);
                    if (name != null) {
                        int to = i + name.words().length;
                        if (sink.add(i, to, MentionSink.cliticChars(tokens.get(i), reading), EntityType.ORGANIZATION, null, null)) {
                            Mention added = sink.last();
                            sink.replace(added, added.aliasFor(name.full()));
                        }
                        i = to - 1;
                        break;
                    }
                }
            }
        }
    }

    /**
     * The Arabic names of organizations a cue introduced whose first word alone names them (one word, or one before what
     * it does), by that folded word, when it is no common word.
     */
    private static Map<String, Mention> oneWordNames(List<Token> tokens, MentionSink sink) {
        Map<String, Mention> names = new HashMap<>();
        for (Mention m : sink.sorted()) {
            if (m.type() == EntityType.ORGANIZATION && m.entry() == null && m.aliasOf() == null
                    && tokens.get(m.startToken()).script() == Script.ARABIC) {
                String[] words = TextNormalizer.normalize(m.surface()).split(" ");
                if (words.length > 1 && !ArabicWords.tradeFollowsFirstWord(words)) {
                    continue; // «زيفر للتقنية» is «زيفر» again, «زيفر الرقمية» may be another
                }
                String word = words[0];
                if (word.length() >= 3 && !word.startsWith("ال") && !NameLexicon.isArabicStop(word)
                        && NameLexicon.arabicGivenName(word) == null && !ArabicWords.nationality(word)
                        && Cues.arabicCue(word) == null && !NumberReader.arabicCardinal(word)) {
                    names.putIfAbsent(word, m);
                }
            }
        }
        if (!names.isEmpty()) {
            for (Token t : tokens) { // «المدن» somewhere: مدن is a common word of this text, not only a name
                for (String reading : Clitics.readings(t.norm())) {
                    if (reading.startsWith("ال")) {
                        names.remove(reading.substring(2));
                    }
                }
            }
        }
        return names;
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
