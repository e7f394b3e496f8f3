package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "did not acquire X", "has never invested in X", «لم تستثمر في X», «لن تستحوذ على X», "denied reports that X would
 * leave": a deal or move the sentence denies, which is no fact (the contract's attempted and failed are for deals tried;
 * "failed to buy" stays failed).
 */
final class Negation {
    private static final Set<String> ENGLISH = WordSet.of("not", "never", "n't", "no");
    /** Auxiliaries that may stand between the negation and the verb: "has not yet", "did not". */
    private static final Set<String> BETWEEN = WordSet.of("yet", "ever", "been", "be", "have", "has", "directly");
    /** Particles denying the Arabic verb right after them (لا the present: «لا تمتلك»); «عدم» the verbal noun after it. */
    private static final Set<String> ARABIC = WordSet.of("لم", "لن", "لا", "عدم");
    /** How far before the trigger the negation may stand: "has not yet been". */
    private static final int REACH = 3;
    private static final Set<String> DENYING = WordSet.of("denied", "denies", "deny", "dismissed", "dismisses", "refuted",
            "rejected", "rejects", "نفت", "نفي", "ينفي", "تنفي", "نفى");
    private static final Set<String> REPORTS = WordSet.of("reports", "report", "rumors", "rumours", "speculation",
            "claims", "suggestions", "التقارير", "الانباء", "الشائعات", "الاخبار");
    private static final Set<String> THAT = WordSet.of("that", "ان", "بان");
    /** How far back from the trigger the "that" of a denied report may open its clause. */
    private static final int REPORT_REACH = 10;
    private static final Set<String> REFUSING = WordSet.of("declined", "declines", "refused", "refuses", "rejected",
            "turned", "spurned", "rebuffed");
    private static final Set<String> OFFERS = WordSet.of("offer", "offers", "invitation", "approach", "an", "a", "the", "down");

    private Negation() {
    }

    /** Whether the deal or move the trigger at {@code trigger} states is denied; "not only acquired" affirms it. */
    static boolean denied(Doc doc, Sentence s, int trigger) {
        return negated(doc, s, trigger) || reportDenied(doc, s, trigger);
    }

    /** "declined to join", "turned down an offer to join": a move offered and refused. */
    static boolean refused(Doc doc, Sentence s, int trigger) {
        int k = trigger - 1;
        if (k < s.firstToken() || !doc.token(k).is("to")) {
            return false;
        }
        for (k--; k >= Math.max(s.firstToken(), trigger - 6); k--) {
            String n = doc.token(k).norm();
            if (REFUSING.contains(n)) {
                return true;
            }
            if (!OFFERS.contains(n)) {
                return false;
            }
        }
        return false;
    }

    /** "Acme denied reports that X would leave", «نفت الشركة التقارير بأنها ستستحوذ»: the clause after a denial. */
    private static boolean reportDenied(Doc doc, Sentence s, int trigger) {
        for (int k = trigger - 1; k > Math.max(s.firstToken(), trigger - REPORT_REACH); k--) {
            if (!THAT.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                continue;
            }
            int d = k - 1;
            if (d > s.firstToken() && REPORTS.contains(doc.token(d).norm())) {
                d--;
            }
            return DENYING.contains(Clitics.withoutConjunction(doc.token(d).norm()));
        }
        return false;
    }

    /** Verbs and nouns of refraining, whose «عن» governs what is not done: «عزوف الشركات عن الاستثمار», «امتنعت عن الشراء». */
    private static final Set<String> ABSTAINING = WordSet.of("عزوف", "عزفت", "عزف", "امتناع", "امتنع", "امتنعت", "يمتنع",
            "تمتنع", "احجام", "احجمت", "احجم", "توقف", "توقفت");

    /** «بعزوف الشركات الأجنبية عن الاستثمار»: a deal word under «عن» after one of refraining, up to three words before. */
    private static boolean abstained(Doc doc, Sentence s, int trigger) {
        if (trigger - 2 < s.firstToken() || !doc.token(trigger - 1).is("عن")) {
            return false;
        }
        for (int k = trigger - 2; k >= Math.max(s.firstToken(), trigger - 4); k--) {
            String word = Clitics.bare(doc.token(k).norm());
            if (ABSTAINING.contains(word) || ABSTAINING.contains(withoutPossessor(word))) {
                return true; // «إحجامها عن»: the noun owned by its doer
            }
        }
        return false;
    }

    /** «إحجامها» → «احجام»: a noun without the pronoun of its owner (ها، هم، ه), or the word as it is. */
    private static String withoutPossessor(String word) {
        for (String pronoun : POSSESSORS) {
            if (word.length() > pronoun.length() + 3 && word.endsWith(pronoun)) {
                return word.substring(0, word.length() - pronoun.length());
            }
        }
        return word;
    }

    private static final List<String> POSSESSORS = List.of("ها", "هم", "ه");

    private static boolean negated(Doc doc, Sentence s, int trigger) {
        Token verb = doc.token(trigger);
        if (verb.script() == Script.ARABIC) {
            // «أي حصة», «أي صفقة»: "any" before a deal noun only stands where the verb is denied (لم يشتر أي حصة)
            return trigger - 1 >= s.firstToken()
                    && (Clitics.in(ARABIC, doc.token(trigger - 1).norm()) || doc.token(trigger - 1).is("اي")
                    || abstained(doc, s, trigger));
        }
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - REACH); k--) {
            Token t = doc.token(k);
            if (ENGLISH.contains(t.norm())) {
                return !(k + 1 < s.endToken() && doc.token(k + 1).is("only"));
            }
            if (!BETWEEN.contains(t.norm())) {
                return false;
            }
        }
        return false;
    }
}
