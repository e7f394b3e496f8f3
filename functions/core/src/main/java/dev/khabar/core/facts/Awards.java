package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * Contracts stated by "award": the one awarded holds the contract, the one awarding is its client. "The Pentagon
 * awarded Palantir a contract", "Fluor was awarded a contract" (client: the by-phrase, else the body the text said
 * awards the contracts it lists), "awarding contracts to X" (X holds them).
 */
final class Awards {
    private static final Set<EntityType> ORG = Set.of(EntityType.ORGANIZATION);
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "be", "being", "got", "get", "gets");

    private Awards() {
    }

    static Fact award(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int byAt = TriggerFacts.passiveBy(doc, s, tr);
        boolean passive = byAt >= 0 || (tr.startToken() > s.firstToken() && BE.contains(doc.token(tr.startToken() - 1).norm()));
        String holder = null;
        String client = null;
        if (passive) {
            holder = id(doc, TriggerFacts.subjectMention(doc, s, tr, ORG));
            client = byAt >= 0 ? id(doc, TriggerFacts.firstAfter(doc, s, byAt + 1, Math.min(s.endToken(), byAt + 6), ORG, null))
                    : null;
        } else {
            client = id(doc, TriggerFacts.subjectMention(doc, s, tr, ORG));
            int to = recipientMarker(doc, s, tr);
            int from = to >= 0 ? to + 1 : tr.endToken();
            holder = id(doc, TriggerFacts.firstAfter(doc, s, from, Math.min(s.endToken(), from + 4), ORG, client));
            if (holder == null && client != null) {
                doc.awarder = client; // "The Department of Defense awarded eight contracts": the list follows
                return null;
            }
        }
        if (client == null) {
            client = doc.awarder;
        }
        if (holder == null || client == null || holder.equals(client)) {
            return null;
        }
        out.add(FactType.CONTRACT, holder, client, Attributes.amount(doc, s, tr.startToken()), null,
                Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
        return out.last();
    }

    private static String id(Doc doc, int m) {
        return m < 0 ? null : doc.id(m);
    }

    /** "awarding contracts to X": the "to" that names the one awarded, within a few words; or -1. */
    private static int recipientMarker(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.endToken(); k < Math.min(s.endToken(), tr.endToken() + 5); k++) {
            if (doc.mentionAt[k] >= 0) {
                return -1;
            }
            if (doc.token(k).is("to")) {
                return k;
            }
        }
        return -1;
    }
}
