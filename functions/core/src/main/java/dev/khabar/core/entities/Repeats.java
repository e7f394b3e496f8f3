package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
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
 * One-word names are left alone: many are common words elsewhere (مدن، نخيل).
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
        if (byFirstWord.isEmpty()) {
            return;
        }
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (sink.covered(i) || tokens.get(i).script() != Script.ARABIC) {
                    continue;
                }
                for (String reading : Clitics.readings(tokens.get(i).norm())) {
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
