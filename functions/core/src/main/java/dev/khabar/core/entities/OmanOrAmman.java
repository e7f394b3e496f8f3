package dev.khabar.core.entities;

import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «عمان» is Oman (عُمان) and Amman (عمّان) alike once the text's vowel marks are folded away, and Jordanian news
 * writes the capital without them as often as with: the country unless the spelling, the phrase or the story says
 * the capital.
 */
final class OmanOrAmman {
    private static final char SHADDA = '\u0651';
    /** «العاصمة الأردنية عمان», «العاصمة عمان». */
    private static final Set<String> CAPITAL = ArabicWords.folded("العاصمة", "عاصمة");
    private static final Set<String> JORDANIAN = ArabicWords.folded("الأردن", "الأردنية", "الأردني", "أردني", "أردنية");
    /** What only a story about Oman says: its title, capital and adjective. */
    private static final Set<String> OMANI = ArabicWords.folded("سلطنة", "مسقط", "العماني", "العمانية", "عماني",
            "عمانية", "العمانيين");
    private static final Set<String> DATELINE_MARKS = Set.of("-", "–", "—", "(", ":");

    private OmanOrAmman() {
    }

    /**
     * The place the one-word name at {@code i} is, when the gazetteer read it as {@code known}: Amman for a shadda on
     * its letters, right after «العاصمة», as a dateline (a town), or in a story about Jordan with no word of Oman's;
     * else {@code known}.
     */
    static GazetteerEntry place(List<Token> tokens, int i, int sentenceStart, GazetteerEntry known) {
        Token t = tokens.get(i);
        if (!"Oman".equals(known.name()) || t.script() != Script.ARABIC) {
            return known;
        }
        boolean amman = t.surface().indexOf(SHADDA) >= 0 || afterCapital(tokens, i, sentenceStart)
                || (i == sentenceStart && i + 1 < tokens.size() && DATELINE_MARKS.contains(tokens.get(i + 1).surface()))
                || !listed(tokens, i, sentenceStart) && jordanianStory(tokens);
        GazetteerEntry capital = amman ? Gazetteer.get().byName("Amman") : null;
        return capital != null ? capital : known;
    }

    /** «العاصمة عمان», «العاصمة الأردنية عمان». */
    private static boolean afterCapital(List<Token> tokens, int i, int sentenceStart) {
        for (int k = i - 1; k >= Math.max(sentenceStart, i - 2); k--) {
            if (anyReading(tokens.get(k), CAPITAL)) {
                return true;
            }
            if (!anyReading(tokens.get(k), JORDANIAN)) {
                return false;
            }
        }
        return false;
    }

    /** «السعودية والإمارات وعمان والأردن»: a member of a list of countries is the country, whatever the story. */
    private static boolean listed(List<Token> tokens, int i, int sentenceStart) {
        return tokens.get(i).norm().startsWith("و") || i > sentenceStart && tokens.get(i - 1).is("،")
                || i + 1 < tokens.size() && tokens.get(i + 1).script() == Script.ARABIC && tokens.get(i + 1).norm().startsWith("و");
    }

    private static boolean jordanianStory(List<Token> tokens) {
        boolean jordan = false;
        for (Token t : tokens) {
            if (t.script() != Script.ARABIC) {
                continue;
            }
            if (anyReading(t, OMANI)) {
                return false;
            }
            jordan |= anyReading(t, JORDANIAN);
        }
        return jordan;
    }

    private static boolean anyReading(Token t, Set<String> words) {
        return t.script() == Script.ARABIC && Clitics.in(words, t.norm());
    }
}
