package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «استحوذت أرامكس على بلوفيلد مقابل 50 مليون دولار»: what a company takes over, named right after «على» and closed by the
 * price or the deal («مقابل», «بقيمة», «في صفقة») or by punctuation, is a company though no cue names it: a common noun
 * taken over would carry the article or a complement (الحصة، أسهم الشركة), and the nouns of shares and assets are left out.
 */
final class ArabicDealObjects {
    /** What follows the object of a takeover: its price or the deal that names it. */
    private static final Set<String> CLOSERS = ArabicWords.folded("مقابل", "بقيمة", "بمبلغ", "بصفقة", "لقاء", "بنحو");
    /** Things taken over that are no company, undefined and without a complement as a foreign name is. */
    private static final Set<String> ASSETS = ArabicWords.folded("اسهم", "اصول", "حصص", "حقوق", "اراض", "اراضي", "مبنى",
            "مبان", "مباني", "مصنع", "مستشفى", "فندق", "متاجر", "مصانع", "فروع", "كامل", "جزء", "نصف", "ثلث", "ربع", "معظم", "غالبية");
    private static final int MAX_WORDS = 2;

    private ArabicDealObjects() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        int end = s.endToken();
        for (int i = s.firstToken() + 1; i + 2 < end; i++) {
            if (!tokens.get(i).is("علي") || !takenOverBefore(tokens, i, s.firstToken(), sink)) {
                continue;
            }
            int from = i + 1;
            int to = from;
            while (to < end && to < from + MAX_WORDS && !sink.covered(to) && ArabicClauseNames.foreignWord(tokens.get(to))
                    && !ASSETS.contains(Clitics.withoutConjunction(tokens.get(to).norm()))) {
                to++;
            }
            if (to > from && closed(tokens, to, end)) {
                sink.add(from, to, 0, EntityType.ORGANIZATION, null, null);
            }
        }
    }

    /**
     * A form of taking over right before «على» at {@code i}, or before the name of its doer there («استحوذت شركة
     * أرامكس على»).
     */
    private static boolean takenOverBefore(List<Token> tokens, int i, int first, MentionSink sink) {
        int k = i - 1;
        Mention doer = sink.at(k);
        if (doer != null && doer.type() == EntityType.ORGANIZATION) {
            k = doer.startToken() - 1;
            if (k >= first && Cues.arabicCue(tokens.get(k).norm()) != null) {
                k--; // «استحوذت شركة أرامكس»: the doer's cue outside its name
            }
        }
        return k >= first && takingOver(tokens.get(k));
    }

    /** «استحوذت», «استحواذها», «للاستحواذ», «ستستحوذ»: a form of taking over, before its «على». */
    private static boolean takingOver(Token t) {
        String bare = Clitics.bare(t.norm());
        return t.script() == Script.ARABIC && (bare.contains("استحوذ") || bare.contains("استحواذ"));
    }

    private static boolean closed(List<Token> tokens, int k, int end) {
        if (k >= end) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is("،") || t.is(",") || t.is(".") || CLOSERS.contains(t.norm())
                || t.is("في") && k + 1 < end && Clitics.bare(tokens.get(k + 1).norm()).equals("صفقه");
    }
}
