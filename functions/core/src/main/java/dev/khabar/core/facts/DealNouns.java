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

    /** The parties of a deal noun: those of its type, the other party after "with" / "for" / مع. */
    static ArgumentSpec spec(FactType type) {
        ArgumentSpec of = ArgumentSpec.of(type);
        return new ArgumentSpec(of.subject(), of.object(), MARKERS, of.amount());
    }
}
