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
 * the country itself («حكومة الأردن»): one organization, Government of India, not the word government and a place. In
 * English a place's government ("the Abu Dhabi government", "the government of Kenya") is one organization too, named
 * as written.
 */
final class Governments {
    private static final String DEFINITE = "الحكومه";
    private static final String CONSTRUCT = "حكومه";

    private Governments() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.script() == Script.LATIN && !sink.covered(i)) {
                int end = english(tokens, s, i);
                if (end > i && sink.add(i, end, 0, EntityType.ORGANIZATION, null, null)) {
                    i = end - 1;
                }
                continue;
            }
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

    /**
     * Where an English government's name that starts at i ends — "Abu Dhabi government", "government of Kenya" — or i
     * when none starts there; not when a capitalised word goes on with the name ("the Dubai Government Pavilion").
     */
    private static int english(List<Token> tokens, Sentence s, int i) {
        Gazetteer gazetteer = Gazetteer.get();
        if (tokens.get(i).is("government") && i + 2 < s.endToken() && tokens.get(i + 1).is("of")) {
            Gazetteer.Match place = gazetteer.match(tokens, i + 2, s.endToken());
            return place != null && place.entry().type() == EntityType.LOCATION && !namedOn(tokens, s, place.endToken())
                    ? place.endToken() : i;
        }
        Gazetteer.Match place = gazetteer.match(tokens, i, s.endToken());
        int end = place == null ? -1 : place.endToken();
        return end > 0 && place.entry().type() == EntityType.LOCATION && end < s.endToken()
                && tokens.get(end).is("government") && !namedOn(tokens, s, end + 1) ? end + 1 : i;
    }

    /** Whether a capitalised word at k carries a longer name on. */
    private static boolean namedOn(List<Token> tokens, Sentence s, int k) {
        return k < s.endToken() && tokens.get(k).script() == Script.LATIN && tokens.get(k).capitalized();
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
