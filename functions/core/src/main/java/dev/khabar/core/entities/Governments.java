package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.util.List;

/**
 * A country's government named in Arabic by its nationality adjective («الحكومة الهندية», «وللحكومة البريطانية») or by
 * the country itself («حكومة الأردن»): one organization, Government of India, not the word government and a place.
 */
final class Governments {
    private static final String DEFINITE = "الحكومه";
    private static final String CONSTRUCT = "حكومه";

    private Governments() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.script() != Script.ARABIC || sink.covered(i) || sink.covered(i + 1)) {
                continue;
            }
            String reading = reading(t.norm());
            if (reading == null) {
                continue;
            }
            Token next = tokens.get(i + 1);
            // the government is feminine: its adjective is the feminine nisba (الهندية), never the masculine (الهندي)
            String placeWord = reading.equals(DEFINITE) ? ArabicWords.nationalityPlace(next.norm(), false) : next.norm();
            String country = placeWord == null ? null : country(placeWord);
            if (country != null && sink.addKnown(i, i + 2, reading, EntityType.ORGANIZATION, null, "Government of " + country)) {
                i++;
            }
        }
    }

    /** الحكومة or حكومة as the token is read once its clitics are off (وللحكومة → الحكومة), or null. */
    private static String reading(String norm) {
        for (String r : Clitics.readings(norm)) {
            if (r.equals(DEFINITE) || r.equals(CONSTRUCT)) {
                return r;
            }
        }
        return null;
    }

    /** The English name of the country a folded place word names (الهند → India), or null for any other word. */
    private static String country(String placeWord) {
        Gazetteer gazetteer = Gazetteer.get();
        List<Token> word = Tokenizer.tokenize(placeWord);
        Gazetteer.Match m = gazetteer.match(word, 0, word.size());
        return m != null && m.endToken() == word.size() && gazetteer.countryCode(m.entry()) != null ? m.entry().name() : null;
    }
}
