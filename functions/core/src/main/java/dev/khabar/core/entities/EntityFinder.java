package dev.khabar.core.entities;

import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;

/**
 * Finds the names of a text: known names first (gazetteer), then names found by the patterns of each language.
 * Stateless; safe to share between threads.
 */
public final class EntityFinder {
    private final Gazetteer gazetteer = Gazetteer.get();

    /**
     * Mentions in token order.
     *
     * @param titleSentences how many leading sentences are a headline (title case: only known names are taken there)
     */
    public List<Mention> find(String text, List<Token> tokens, List<Sentence> sentences, int titleSentences) {
        MentionSink sink = new MentionSink(text, tokens);
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Gazetteer.Match m = gazetteer.match(tokens, i, s.endToken());
                if (m != null && sink.add(i, m.endToken(), MentionSink.cliticChars(tokens.get(i), m.firstReading()),
                        m.entry().type(), m.entry(), m.entry().name())) {
                    i = m.endToken() - 1;
                }
            }
        }
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            ArabicNames.find(tokens, s, sink);
        }
        LatinNames.find(tokens, sentences, titleSentences, sink);
        Surnames.find(tokens, sentences, titleSentences, sink);
        return sink.sorted();
    }
}
