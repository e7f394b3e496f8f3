package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "Maya Lindqvist has left Kestrel Bank. She had been …", "Obi Nwankwo said he would …": a name of two or three words
 * typed as an organization for want of a known given name is a person when "he" or "she" takes it up — the next
 * sentence opening on the pronoun while the name is the only one its own sentence opens on, or the pronoun right after
 * the name's verb of speech. A company is "it".
 */
final class PronounPeople {
    private static final Set<String> PERSONAL = WordSet.of("he", "she");
    private static final Set<String> SPEECH = WordSet.of("said", "says", "told", "added", "noted");

    private PronounPeople() {
    }

    static void find(List<Token> tokens, List<Sentence> sentences, int titleSentences, MentionSink sink) {
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            Mention m = sink.at(s.firstToken());
            if (m == null || m.startToken() != s.firstToken() || !personShaped(tokens, m)) {
                continue;
            }
            boolean spoke = m.endToken() + 1 < s.endToken() && SPEECH.contains(tokens.get(m.endToken()).norm())
                    && PERSONAL.contains(tokens.get(m.endToken() + 1).norm());
            boolean takenUp = k + 1 < sentences.size() && opensOnPronoun(tokens, sentences.get(k + 1)) && alonePerson(s, m, sink);
            if (spoke || takenUp) {
                for (Mention same : sink.sorted()) {
                    if (same.surface().equals(m.surface()) && same.type() == EntityType.ORGANIZATION) {
                        sink.replace(same, same.withType(EntityType.PERSON));
                    }
                }
            }
        }
    }

    /** An unknown organization's name of two or three title-case words with no company ending, legal form or digit. */
    private static boolean personShaped(List<Token> tokens, Mention m) {
        int words = m.endToken() - m.startToken();
        if (m.type() != EntityType.ORGANIZATION || m.entry() != null || words < 2 || words > 3) {
            return false;
        }
        for (int k = m.startToken(); k < m.endToken(); k++) {
            Token t = tokens.get(k);
            String w = t.surface();
            if (t.script() != Script.LATIN || w.length() < 2 || !t.capitalized() || !Character.isLowerCase(w.charAt(1))
                    || Cues.ORG_ENDINGS.contains(t.norm()) || CompanySuffixes.CLOSES.contains(t.norm())
                    || CommonWords.isCommon(t.norm())) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensOnPronoun(List<Token> tokens, Sentence next) {
        Token first = tokens.get(next.firstToken());
        return first.capitalized() && PERSONAL.contains(first.norm());
    }

    /** Whether the name at the sentence's opening is its only candidate for the pronoun: no person is named in it. */
    private static boolean alonePerson(Sentence s, Mention m, MentionSink sink) {
        for (Mention other : sink.sorted()) {
            if (other != m && other.startToken() >= s.firstToken() && other.endToken() <= s.endToken()
                    && other.type() == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }
}
