package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * An agreement signed with a company to carry out work — «وقعت الهيئة مذكرة تفاهم مع شركة X لتنفيذ مشروع», «اتفاقية مع
 * شركة X لبناء محطة» — is a contract for that work, not a partnership: the company named after «مع» with the work's
 * verbal noun right after it does the work and holds the contract (CONTRACT X → signer), unless the signer is a public
 * body and X is not, when the signer is the client («وقعت شركة X اتفاقية مع وزارة Y لتوريد …» → X holds it).
 */
final class ArabicWorkAgreements {
    /** Nouns of an agreement; «عقد» is read as a contract already. */
    private static final Set<String> AGREEMENTS = WordSet.of("اتفاقيه", "اتفاق", "اتفاقا", "مذكره", "بروتوكول");
    /** Verbal nouns of work done for a client, with the «لـ» of purpose: to carry out, build, set up, supply, install. */
    private static final Set<String> WORK = WordSet.of("لتنفيذ", "لبناء", "لانشاء", "لتشييد", "لتوريد", "لتركيب");
    private static final int REACH = 8;

    private ArabicWorkAgreements() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !doc.token(k).is("مع") || !agreementBefore(doc, s, k)) {
                continue;
            }
            int doer = ArabicOrders.companyAt(doc, s, k + 1);
            if (doer < 0 || !workAfter(doc, s, doc.mention(doer).endToken())) {
                continue;
            }
            int signer = ArabicOrders.buyer(doc, s, k, doer);
            if (signer < 0) {
                continue;
            }
            String[] parties = Awards.publicBodyAsClient(doc, doc.id(doer), doc.id(signer));
            String holder = parties[0];
            String client = parties[1];
            out.remove(FactType.PARTNERSHIP, holder, client);
            out.remove(FactType.PARTNERSHIP, client, holder);
            out.add(FactType.CONTRACT, holder, client, Attributes.amount(doc, s, k), null,
                    Attributes.date(doc, s, k, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.6);
        }
    }

    /** An agreement noun within reach before «مع»: «مذكرة تفاهم مع», «اتفاقية تعاون مع». */
    private static boolean agreementBefore(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - REACH); j--) {
            if (doc.mentionAt[j] < 0 && AGREEMENTS.contains(Clitics.bare(doc.token(j).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** The work's verbal noun right after the company, past its nationality or trade («السعودية للمقاولات») and quotes. */
    private static boolean workAfter(Doc doc, Sentence s, int k) {
        for (int j = k; j < Math.min(s.endToken(), k + 3); j++) {
            if (doc.mentionAt[j] >= 0) {
                return false;
            }
            if (WORK.contains(Clitics.withoutConjunction(doc.token(j).norm()))) {
                return true;
            }
        }
        return false;
    }
}
