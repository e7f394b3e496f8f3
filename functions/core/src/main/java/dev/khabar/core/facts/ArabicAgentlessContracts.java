package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * «وقالت الشركة إن العقود أبرمت مع شركة X»: contracts told in the passive, the noun before its verb, with the other
 * party after «مع», were made by the one telling of them — the company the sentence names, or the one its «الشركة»
 * stands for. It holds the contract and X is its client, unless it is a public body and X is not («قالت الوزارة إن العقد
 * وقع مع شركة X» → X holds it).
 */
final class ArabicAgentlessContracts {
    /** Definite nouns of contracts, standing as the passive verb's subject. */
    private static final Set<String> CONTRACTS = WordSet.of("العقد", "العقود", "العقدين", "الصفقه", "الصفقات",
            "الاتفاقيه", "الاتفاقيات");
    /** Verbs of making a contract; unvowelled, the passive («أُبرمت») is read from the noun standing before it. */
    private static final Set<String> MADE = WordSet.of("ابرمت", "ابرم", "وقعت", "وقع");

    private ArabicAgentlessContracts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !MADE.contains(doc.token(k).norm()) || !doc.token(k + 1).is("مع")
                    || !CONTRACTS.contains(Clitics.withoutConjunction(doc.token(k - 1).norm()))) {
                continue;
            }
            int other = ArabicOrders.companyAt(doc, s, k + 2);
            String teller = other < 0 ? null : teller(doc, s, k - 1);
            if (teller == null || teller.equals(doc.id(other))) {
                continue;
            }
            String[] parties = Awards.publicBodyAsClient(doc, teller, doc.id(other));
            out.add(FactType.CONTRACT, parties[0], parties[1], Attributes.amount(doc, s, k), null,
                    Attributes.date(doc, s, k, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.6);
        }
    }

    /** Who tells of the contracts: the first organization before the noun no preposition governs, else its anaphor's. */
    private static String teller(Doc doc, Sentence s, int noun) {
        int m = Grammar.firstUngoverned(doc, s, s.firstToken(), noun, Grammar.ORGANIZATION, null);
        if (m >= 0) {
            return doc.id(m);
        }
        for (int j = s.firstToken(); j < noun; j++) {
            if (Anaphora.length(doc, j, s) > 0) {
                return Anaphora.resolve(doc, j);
            }
        }
        return null;
    }
}
