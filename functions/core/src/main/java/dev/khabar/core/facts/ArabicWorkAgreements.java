package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An agreement signed with a company to carry out work — «وقعت الهيئة مذكرة تفاهم مع شركة X لتنفيذ مشروع», «اتفاقية مع
 * شركة X لبناء محطة» — is a contract for that work, not a partnership: the company named after «مع» with the work's
 * verbal noun right after it does the work and holds the contract (CONTRACT X → signer), unless the signer is a public
 * body and X is not, when the signer is the client («وقعت شركة X اتفاقية مع وزارة Y لتوريد …» → X holds it). Contracting
 * with a company («تعاقدت الوزارة مع شركة X») or signing a contract with it («وقعت X عقدا مع شركة Y») is such a contract
 * whatever follows: Arabic news tells the one ordering the work as the signer; so is charging a company with work
 * («كلفت الوزارة شركة X بتنفيذ …», «اختارت أرامكو شركة X لبناء …», «أسندت الهيئة إلى شركة X تنفيذ …»).
 */
final class ArabicWorkAgreements {
    /** Nouns of an agreement, plural too («اتفاقيات مع شركتي A وB لتنفيذ …»: one with each). */
    private static final Set<String> AGREEMENTS = WordSet.of("اتفاقيه", "اتفاق", "اتفاقا", "مذكره", "بروتوكول",
            "اتفاقيات", "اتفاقات", "مذكرات", "بروتوكولات");
    /** A contract's nouns: «وقعت أرامكو عقدا مع شركة X» is X's, whatever X does for it. */
    private static final Set<String> CONTRACTS = WordSet.of("عقد", "عقدا", "عقود", "عقودا", "عقدين");
    /**
     * Words of a builder's name: «وقعت شركة سامسونج للهندسة عقدا مع أرامكو لبناء …» is the builder's, the signer holding
     * it when its name says it builds and the company after «مع» does not.
     */
    private static final Set<String> BUILDERS = WordSet.of("للمقاولات", "مقاولات", "للهندسه", "هندسه", "للانشاءات",
            "انشاءات", "للبناء", "للتشييد");
    /** Verbal nouns of work done for a client, with the «لـ» of purpose: to carry out, build, set up, supply, install. */
    private static final Set<String> WORK = WordSet.of("لتنفيذ", "لبناء", "لانشاء", "لتشييد", "لتوريد", "لتركيب");
    /** The same work with the «بـ» a charge takes: «كلفتها بتنفيذ», «عهدت إليها ببناء». */
    private static final Set<String> CHARGED_WORK = WordSet.of("بتنفيذ", "ببناء", "بانشاء", "بتشييد", "بتوريد", "بتركيب",
            "بتشغيل", "بتطوير", "بتصميم", "بصيانه", "بادار");
    /** Verbs of contracting with a company: a contract with it, whatever follows. */
    private static final Set<String> CONTRACTING = WordSet.of("تعاقدت", "تعاقد", "تتعاقد", "يتعاقد", "ستتعاقد", "سيتعاقد",
            "التعاقد");
    /** Verbs of charging a company with work, its name right after them or after «إلى». */
    private static final Set<String> CHARGING = WordSet.of("كلفت", "كلف", "تكلف", "يكلف", "اختارت", "اختار", "تختار",
            "يختار", "اسندت", "اسند", "تسند", "يسند", "عهدت", "عهد");
    private static final int REACH = 8;
    /** «أبرزها», «أهمها», «ومنها»: "the foremost of them", opening the examples of companies left unnamed. */
    private static final Set<String> EXAMPLE_HEADS = WordSet.of("ابرزها", "اهمها", "منها", "ابرزهم", "اهمهم", "منهم");
    /** Losing a contract, read bare: its holder is the one losing it, not the client. */
    private static final Set<String> LOSS = WordSet.of("خساره", "خسرت", "خسر", "تخسر", "فقدت", "فقد", "فقدان", "انهاء",
            "الغاء", "الغت", "فسخ", "فسخت");
    /** How many words may stand between «مع» and the list's opener: a count, the plural noun, its adjectives, «من». */
    private static final int EXAMPLES_WITHIN = 7;

    private ArabicWorkAgreements() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            if (CHARGING.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                charged(doc, s, k, out);
                continue;
            }
            boolean contractNoun = doc.token(k).is("مع") && !contractingBefore(doc, s, k) && contractNounBefore(doc, s, k);
            boolean contracting = doc.token(k).is("مع") && (contractingBefore(doc, s, k) || contractNoun);
            if (!doc.token(k).is("مع") || !contracting && !nounBefore(doc, s, k, AGREEMENTS)) {
                continue;
            }
            int doer = ArabicOrders.companyAt(doc, s, k + 1);
            if (doer < 0 && k + 2 < s.endToken() && ArabicSubjectLists.pluralCue(doc.token(k + 1))) {
                doer = ArabicOrders.companyAt(doc, s, k + 2); // «مع شركتي A وB»
            }
            if (doer < 0) {
                doer = firstExample(doc, s, k + 1);
                if (doer >= 0 && nounBefore(doc, s, k, LOSS)) {
                    continue; // «خسارة X عقودا مع شركات مثل A»: the contracts X held and lost, read by the trigger
                }
            }
            if (doer < 0) {
                continue;
            }
            List<Integer> doers = listedWith(doc, s, doer); // «مع شركتي A وB لتنفيذ …»: each does the work
            int last = doers.get(doers.size() - 1);
            if (!contracting && !workAfter(doc, s, doc.mention(last).endToken(), WORK)) {
                continue;
            }
            int signer = contractingDoer(doc, s, k, doer);
            signer = signer >= 0 ? signer : ArabicOrders.buyer(doc, s, k, doer);
            String client = signer >= 0 ? doc.id(signer) : contracting ? readAsHolder(doc, s, doc.id(doer), out) : null;
            for (int each : client == null ? List.<Integer>of() : doers) {
                if (contractNoun && signer >= 0 && builder(doc, signer) && !builder(doc, each)) {
                    add(doc, s, k, client, doc.id(each), out); // the builder signing holds its contract
                } else {
                    add(doc, s, k, doc.id(each), client, out);
                }
            }
        }
    }

    /** The company at mention {@code first} and those listed after it («A وB، وC»), by their first mentions there. */
    private static List<Integer> listedWith(Doc doc, Sentence s, int first) {
        List<String> ids = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, Grammar.clauseEnd(doc, doc.mention(first).startToken(), s), Grammar.ORGANIZATION,
                null, ids);
        int end = NameLists.endOfList(doc, first, ids, s.endToken());
        List<Integer> out = new ArrayList<>();
        for (int m : doc.mentionsIn(doc.mention(first).startToken(), end)) {
            if (ids.remove(doc.id(m))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * «كلفت وزارة الأشغال شركة X بتنفيذ …», «اختارت أرامكو شركة X لبناء …», «أسندت الهيئة إلى شركة X تنفيذ …»: the
     * company named after the verb's doer, with its work right after it, holds a contract with the doer.
     */
    private static void charged(Doc doc, Sentence s, int verb, FactCollector out) {
        int client = Grammar.firstUngoverned(doc, s, s.firstToken(), Math.min(s.endToken(), verb + 6), Grammar.ORGANIZATION, null);
        if (client < 0) {
            return;
        }
        int k = Math.max(verb + 1, doc.mention(client).endToken());
        if (k < s.endToken() && doc.token(k).is("الي")) {
            k++;
        }
        int doer = ArabicOrders.companyAt(doc, s, k);
        if (doer < 0 || doc.id(doer).equals(doc.id(client))) {
            return;
        }
        int after = doc.mention(doer).endToken();
        boolean assigned = doc.token(k - 1).is("الي") && after < s.endToken() && Clitics.bare(doc.token(after).norm()).equals("تنفيذ");
        if (assigned || workAfter(doc, s, after, WORK) || workAfter(doc, s, after, CHARGED_WORK)) {
            add(doc, s, verb, doc.id(doer), doc.id(client), out);
        }
    }

    /** CONTRACT from the company doing the work to the other party, a public body always the client. */
    private static void add(Doc doc, Sentence s, int k, String doer, String other, FactCollector out) {
        String[] parties = Awards.publicBodyAsClient(doc, doer, other);
        String holder = parties[0];
        String client = parties[1];
        out.remove(FactType.PARTNERSHIP, holder, client);
        out.remove(FactType.PARTNERSHIP, client, holder);
        out.contractOnly(holder, client, Attributes.evidence(doc, s));
        out.add(FactType.CONTRACT, holder, client, Attributes.amount(doc, s, k), null,
                Attributes.date(doc, s, k, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.6);
    }

    /**
     * «وقالت الشركة إنها وقعت عقودا مع A»: the signer named by no company of its own, but read by the trigger as the
     * contract's holder, with the company after «مع» its client; null when the sentence read no such contract.
     */
    private static String readAsHolder(Doc doc, Sentence s, String withCompany, FactCollector out) {
        Evidence told = Attributes.evidence(doc, s);
        for (Fact f : out.all()) {
            if (f.type() == FactType.CONTRACT && withCompany.equals(f.object()) && told.equals(f.evidence())) {
                return f.subject();
            }
        }
        return null;
    }

    /** A verb of contracting right before «مع» or before its doer: «تعاقدت الوزارة مع», «تعاقدت مع». */
    private static boolean contractingBefore(Doc doc, Sentence s, int k) {
        return contractingAt(doc, s, k) >= 0;
    }

    private static int contractingAt(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 5); j--) {
            if (doc.mentionAt[j] < 0 && CONTRACTING.contains(Clitics.withoutConjunction(doc.token(j).norm()))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The company named right after the verb of contracting before «مع», its doer, or after its verbal noun, its agent
     * («وافق الجهاز على تعاقد وزارة الأشغال مع شركة X»: the ministry contracts, not the body approving); -1 when none.
     */
    private static int contractingDoer(Doc doc, Sentence s, int k, int doer) {
        int verb = contractingAt(doc, s, k);
        int m = verb >= 0 && verb + 1 < k ? doc.mentionAt[verb + 1] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION && !doc.id(m).equals(doc.id(doer)) ? m : -1;
    }

    /**
     * A contract's noun within reach before «مع», whether or not a verb of signing stands before it; read without its
     * conjunction only, so the noun under «بـ» («فازت X بعقد مع Y», «حظيت بعقود مع Y»: the contract X won, read by the
     * trigger with X as its holder) is none; nor «عقد» concluding a pact or counting years (see ArabicContractSenses).
     */
    private static boolean contractNounBefore(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - REACH); j--) {
            String word = Clitics.withoutConjunction(doc.token(j).norm());
            if (doc.mentionAt[j] < 0 && (CONTRACTS.contains(word) || word.startsWith("ال") && CONTRACTS.contains(word.substring(2)))) {
                return !ArabicContractSenses.noContract(doc, s, j);
            }
        }
        return false;
    }

    /** One of these nouns within reach before «مع»: «مذكرة تفاهم مع», «اتفاقية تعاون مع», «عقدا بقيمة … مع». */
    private static boolean nounBefore(Doc doc, Sentence s, int k, Set<String> nouns) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - REACH); j--) {
            if (doc.mentionAt[j] < 0 && nouns.contains(Clitics.bare(doc.token(j).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * «مع تسع سلاسل فندقية عالمية من بينها A وB», «مع شركات كبرى مثل A», «مع عدد من البنوك، أبرزها A»: the first company
     * named as an example of the unnamed ones after «مع», the list opening a few words after it; -1 when none.
     */
    private static int firstExample(Doc doc, Sentence s, int from) {
        for (int j = from; j < Math.min(s.endToken() - 1, from + EXAMPLES_WITHIN); j++) {
            Token t = doc.token(j);
            if (doc.mentionAt[j] >= 0 || t.script() != Script.ARABIC && !Grammar.isComma(t)) {
                return -1;
            }
            if (NameLists.opensList(doc, j) || Clitics.in(EXAMPLE_HEADS, t.norm())) {
                return ArabicOrders.companyAt(doc, s, j + 1);
            }
            if (Grammar.isComma(t) && j > from) {
                continue; // «مع عدد من البنوك، أبرزها A»
            }
        }
        return -1;
    }

    /** Whether mention {@code m}'s name says its company builds: «للمقاولات», «للهندسة», «للإنشاءات». */
    private static boolean builder(Doc doc, int m) {
        for (int j = doc.mention(m).startToken(); j < doc.mention(m).endToken(); j++) {
            if (BUILDERS.contains(doc.token(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The work's verbal noun right after the company, past its nationality or trade («السعودية للمقاولات») and quotes. */
    private static boolean workAfter(Doc doc, Sentence s, int k, Set<String> work) {
        for (int j = k; j < Math.min(s.endToken(), k + 3); j++) {
            if (doc.mentionAt[j] >= 0) {
                return false;
            }
            if (work.contains(Clitics.withoutConjunction(doc.token(j).norm()))) {
                return true;
            }
        }
        return false;
    }
}
