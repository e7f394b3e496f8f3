package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "Adobe abandoned the $20 billion deal with Figma": "deal" says two parties agreed, not on what. The text says it
 * around the noun ("The acquisition deal, which cost Adobe …"), so the noun takes the type of the nearest trigger of a
 * two-party deal within two sentences; with none, it states nothing.
 */
final class DealNouns {
    private static final Set<FactType> PAIR_DEALS = Set.of(FactType.ACQUISITION, FactType.INVESTMENT,
            FactType.PARTNERSHIP, FactType.CONTRACT);
    private static final Set<String> MARKERS = WordSet.of("with", "for", "مع");
    private static final int REACH = 2;

    private DealNouns() {
    }

    /** The deal noun typed by the nearest two-party trigger around it, or null when none is near. */
    static Trigger typed(Doc doc, Sentence s, Trigger noun) {
        FactType best = null;
        int bestDistance = Integer.MAX_VALUE;
        int from = doc.sentences.get(Math.max(0, s.index() - REACH)).firstToken();
        int to = doc.sentences.get(Math.min(doc.sentences.size() - 1, s.index() + REACH)).endToken();
        for (int k = from; k < to; k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            Trigger tr = doc.trigger(k, to);
            if (tr == null || tr.deal() || !PAIR_DEALS.contains(tr.type())) {
                continue;
            }
            int distance = Math.abs(k - noun.startToken());
            if (distance < bestDistance) {
                best = tr.type();
                bestDistance = distance;
            }
            k = tr.endToken() - 1;
        }
        return best == null ? null : new Trigger(best, noun.kind(), noun.startToken(), noun.endToken(), noun.arabic());
    }

    /** How far after the noun its «مع» party and the purpose that tells the deal may stand («صفقة بأكثر من … مع X»). */
    private static final int PURPOSE_REACH = 14;
    /** «على» / "on": the preposition of what an Arabic verb of acquiring takes. */
    private static final Set<String> TAKEN = WordSet.of("علي");

    /**
     * «صفقة مع "فيمبلكوم" لتستحوذ الأخيرة على X», «اتفاقية استحواذ مع شركة Y للاستحواذ على Z», «اتفقت X مع Y على
     * الاستحواذ على Z»: the deal is the takeover its purpose tells, whose target is named there; the party after «مع» is
     * a side of it, not a target.
     */
    static boolean toldByPurpose(Doc doc, Sentence s, Trigger noun) {
        int end = Math.min(s.endToken(), noun.endToken() + PURPOSE_REACH);
        int with = -1;
        for (int k = noun.endToken(); k < end && with < 0; k++) {
            if (doc.mentionAt[k] < 0 && doc.token(k).is("مع")) {
                with = k;
            }
        }
        for (int k = with + 1; with >= 0 && k < end; k++) {
            Trigger tr = doc.mentionAt[k] < 0 ? doc.trigger(k, s.endToken()) : null;
            if (tr != null && !tr.deal() && tr.arabic() && tr.type() == FactType.ACQUISITION) {
                int j = DealParties.pastLatter(doc, s, tr.endToken());
                return j + 1 < s.endToken() && TAKEN.contains(doc.token(j).norm()) && namedAt(doc, s, j + 1);
            }
        }
        return false;
    }

    /** Whether a name stands at k, past quotes and a company noun («على شركة "X"»). */
    private static boolean namedAt(Doc doc, Sentence s, int k) {
        int j = Grammar.pastQuotes(doc, s, k);
        if (j < s.endToken() && doc.mentionAt[j] < 0 && Grammar.isArabicOrgCue(doc.token(j))) {
            j = Grammar.pastQuotes(doc, s, j + 1);
        }
        return j < s.endToken() && doc.mentionAt[j] >= 0;
    }

    /** The parties of a deal noun: those of its type, the other party after "with" / "for" / مع. */
    static ArgumentSpec spec(FactType type) {
        ArgumentSpec of = ArgumentSpec.of(type);
        return new ArgumentSpec(of.subject(), of.object(), MARKERS, of.amount());
    }
}
