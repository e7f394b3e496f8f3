package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * «وقالت الشركة إن العقود أبرمت مع شركة X»: contracts told in the passive, the noun before its verb, with the other
 * party after «مع», were made by the one telling of them — the company the sentence names, or the one its «الشركة»
 * stands for. It holds the contract and X is its client, unless it is a public body and X is not («قالت الوزارة إن العقد
 * وقع مع شركة X» → X holds it). So are contracts told by «تم توقيع عقد … مع شركة X» after the one organization the
 * sentence names before them, whose statement tells of them («جاء ذلك في بيان عن وزارة النقل، موضحا أنه تم توقيع عقد …
 * مع مؤسسة X»), or, when it names none, after the public body last told as a contract's client.
 */
final class ArabicAgentlessContracts {
    /** Definite nouns of contracts, standing as the passive verb's subject. */
    private static final Set<String> CONTRACTS = WordSet.of("العقد", "العقود", "العقدين", "الصفقه", "الصفقات",
            "الاتفاقيه", "الاتفاقيات");
    /** Verbs of making a contract; unvowelled, the passive («أُبرمت») is read from the noun standing before it. */
    private static final Set<String> MADE = WordSet.of("ابرمت", "ابرم", "وقعت", "وقع");

    /** The light verbs of the passive told by a verbal noun: «تم توقيع», «جرى توقيع». */
    private static final Set<String> DONE = WordSet.of("تم", "جري");
    /** Verbal nouns of making a contract, after {@link #DONE}. */
    private static final Set<String> MAKING = WordSet.of("توقيع", "ابرام");
    /** Contract nouns, definite or not, the verbal noun takes: «تم توقيع عقد», «تم توقيع العقود». */
    private static final Set<String> CONTRACT_NOUNS = WordSet.of("عقد", "عقدا", "عقود", "عقدين", "العقد", "العقود",
            "اتفاقيه", "اتفاقيات", "صفقه", "صفقات");
    /** How far after the verbal noun «مع» may stand: past the contract noun and what the contract is for. */
    private static final int PURPOSE_SPAN = 10;
    /** Marks ending the clause before «مع» could name the other party. */
    private static final Set<String> CLAUSE_MARKS = WordSet.of(",", "،", ".", "؛", ":");

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
            add(doc, s, k, teller, other, out);
        }
        for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
            if (!DONE.contains(Clitics.withoutConjunction(doc.token(k - 1).norm())) || !MAKING.contains(doc.token(k).norm())
                    || !CONTRACT_NOUNS.contains(doc.token(k + 1).norm())) {
                continue;
            }
            int with = withAfter(doc, s, k + 2);
            int other = with < 0 ? -1 : ArabicOrders.companyAt(doc, s, with + 1);
            String teller = other < 0 ? null : onlyOrganizationBefore(doc, s, k - 1);
            if (other >= 0 && teller == null && !organizationBefore(doc, s, k - 1)) {
                // «وفي منطقة المدينة، تم توقيع عقد … مع X»: the client told before
                teller = Awards.earlierClient(doc, out, Attributes.evidence(doc, s));
            }
            if (teller != null && !teller.equals(doc.id(other))) {
                add(doc, s, with, teller, other, out);
            }
        }
    }

    private static void add(Doc doc, Sentence s, int at, String teller, int other, FactCollector out) {
        String[] parties = Awards.publicBodyAsClient(doc, teller, doc.id(other));
        out.add(FactType.CONTRACT, parties[0], parties[1], Attributes.amount(doc, s, at), null,
                Attributes.date(doc, s, at, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.6);
    }

    /** The «مع» of the contract's clause from {@code from} on, before any mark ends it and no company named first; or -1. */
    private static int withAfter(Doc doc, Sentence s, int from) {
        for (int i = from; i < Math.min(s.endToken() - 1, from + PURPOSE_SPAN); i++) {
            if (CLAUSE_MARKS.contains(doc.token(i).norm())
                    || doc.mentionAt[i] >= 0 && doc.type(doc.mentionAt[i]) == EntityType.ORGANIZATION) {
                return -1;
            }
            if (doc.mentionAt[i] < 0 && doc.token(i).is("مع")) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the sentence names an organization before {@code to}. */
    private static boolean organizationBefore(Doc doc, Sentence s, int to) {
        for (int m : doc.mentionsIn(s.firstToken(), to)) {
            if (doc.type(m) == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /** The one organization the sentence names before {@code to}, governed or not; null when none or several. */
    private static String onlyOrganizationBefore(Doc doc, Sentence s, int to) {
        String only = null;
        for (int m : doc.mentionsIn(s.firstToken(), to)) {
            if (doc.type(m) != EntityType.ORGANIZATION) {
                continue;
            }
            if (only != null && !only.equals(doc.id(m))) {
                return null;
            }
            only = doc.id(m);
        }
        return only;
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
