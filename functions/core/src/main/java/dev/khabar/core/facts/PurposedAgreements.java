package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An agreement told with what it is for is a contract when it is for work or goods: "X signed a deal worth $5m with Y to
 * build a datacenter", "a deal signed by X with Y to supply steel sheets" (the signer does the work for the one it
 * signed with, unless that one is the private party to a public body), "X signed an agreement with Airbus to buy 50
 * jets" (the seller holds the contract, the buyer is its client). An agreement to develop or work on something together
 * names no work done for a client: it stays a partnership.
 */
final class PurposedAgreements {
    /** Agreement nouns, plural too: "signed agreements with A, B and C to supply …", one with each. */
    private static final Set<String> AGREEMENTS = WordSet.of("deal", "agreement", "contract", "accord", "pact", "mou",
            "memorandum", "deals", "agreements", "contracts", "accords", "pacts", "mous", "memorandums", "memoranda");
    private static final Set<String> SIGNING = WordSet.of("signed", "signs", "sign", "signing", "inked", "inks",
            "struck", "strikes", "sealed", "seals", "reached", "reaches", "clinched", "clinches", "finalised",
            "finalized", "entered", "enters", "won", "wins", "secured", "secures", "landed", "lands", "bagged", "bags");
    /** Verbs of work done for a client. */
    private static final Set<String> WORK = WordSet.of("supply", "provide", "deliver", "equip", "build", "construct",
            "install", "operate", "maintain", "manufacture", "design", "upgrade", "modernise", "modernize", "deploy",
            "implement", "execute", "erect");
    /** Verbs of developing, work only for a builder: alone they tell of developing something together. */
    private static final Set<String> DEVELOP = WordSet.of("develop");
    /** Verbs of goods bought from the one signed with. */
    private static final Set<String> BUY = WordSet.of("buy", "purchase", "order", "lease");
    /** Words between a verb of signing and the agreement noun: "signed a five-year $5m deal". */
    private static final int SIGNING_REACH = 6;
    /** Words between the agreement noun and "with": "a deal worth $544.54m with". */
    private static final int WITH_REACH = 8;

    private PurposedAgreements() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 3 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !AGREEMENTS.contains(doc.token(k).norm())) {
                continue;
            }
            int signer = signedBy(doc, s, k);
            int from = signer >= 0 ? doc.mention(signer).endToken() : k + 1;
            if (signer < 0) {
                signer = signerBefore(doc, s, k);
            }
            int with = signer < 0 ? -1 : withAfter(doc, s, from);
            int other = with < 0 ? -1 : Grammar.organizationAt(doc, s, with + 1); // "with the Qatari Navy"
            if (other < 0 || doc.id(other).equals(doc.id(signer))) {
                continue;
            }
            List<String> parties = new ArrayList<>(List.of(doc.id(other))); // "agreements with A, B and C to supply …"
            NameLists.listAfter(doc, s, other, Grammar.clauseEnd(doc, with, s), ORGANIZATION, doc.id(signer), parties);
            int to = NameLists.endOfList(doc, other, parties, s.endToken());
            if (to + 1 >= s.endToken() || !doc.token(to).is("to")) {
                continue;
            }
            // "separate deals worth $2bn with A and B": the worth of plural deals is their total, no one party's
            boolean total = parties.size() > 1 && doc.token(k).norm().endsWith("s");
            for (int m : doc.mentionsIn(doc.mention(other).startToken(), to)) {
                if (parties.remove(doc.id(m))) { // each party once, by its first mention in the list
                    contract(doc, s, k, signer, m, to, total ? null : Attributes.amount(doc, s, k), out);
                }
            }
        }
    }

    /** The contract the agreement of {@code signer} with {@code other} is, by the purpose after "to" at {@code to}. */
    private static void contract(Doc doc, Sentence s, int k, int signer, int other, int to, Amount amount, FactCollector out) {
        boolean signerBuilds = builder(doc, signer);
        boolean otherBuilds = builder(doc, other);
        Purpose purpose = purpose(doc, s, to + 1, signerBuilds != otherBuilds);
        if (purpose == Purpose.NONE) {
            return;
        }
        String holder;
        String client;
        if (purpose == Purpose.GOODS) {
            holder = doc.id(other);
            client = doc.id(signer);
        } else if (signerBuilds != otherBuilds) { // "a deal signed by Aabar with China State Construction to develop"
            holder = doc.id(otherBuilds ? other : signer);
            client = doc.id(otherBuilds ? signer : other);
        } else {
            String[] parties = Awards.publicBodyAsClient(doc, doc.id(signer), doc.id(other));
            holder = parties[0];
            client = parties[1];
        }
        Evidence evidence = Attributes.evidence(doc, s);
        out.contractOnly(holder, client, evidence); // neither partners, nor a takeover, nor the signer holding it
        if (purpose == Purpose.GOODS) {
            for (int m : doc.mentionsIn(to + 1, s.endToken())) {
                out.removeTold(FactType.ACQUISITION, client, doc.id(m), evidence); // the jets bought, not a company
            }
        }
        out.add(FactType.CONTRACT, holder, client, amount, null,
                Attributes.date(doc, s, k, FactType.CONTRACT), null, null, evidence, 0.7);
    }

    private enum Purpose { WORK, GOODS, NONE }

    /** "a deal signed by X": the organization after "signed by" right after the noun; or -1. */
    private static int signedBy(Doc doc, Sentence s, int k) {
        if (k + 3 >= s.endToken() || !doc.token(k + 1).is("signed") || !doc.token(k + 2).is("by")) {
            return -1;
        }
        int m = doc.mentionAt[k + 3];
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** "X has signed a $5m deal": the clause's doer before a verb of signing a few words before the noun; or -1. */
    private static int signerBefore(Doc doc, Sentence s, int k) {
        for (int v = k - 1; v >= Math.max(s.firstToken(), k - SIGNING_REACH); v--) {
            if (doc.mentionAt[v] >= 0) {
                return -1;
            }
            if (SIGNING.contains(doc.token(v).norm())) {
                return Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, v, s), v, ORGANIZATION, null);
            }
        }
        return -1;
    }

    /** The "with" a few words after {@code from}, past the deal's worth but no name; or -1. */
    private static int withAfter(Doc doc, Sentence s, int from) {
        for (int j = from; j < Math.min(s.endToken() - 1, from + WITH_REACH); j++) {
            if (doc.mentionAt[j] >= 0 || doc.token(j).is(".") || Grammar.isSemicolon(doc.token(j))) {
                return -1;
            }
            if (doc.token(j).is("with")) {
                return j;
            }
        }
        return -1;
    }

    /** Words of a builder's name: "China State Construction Engineering Corp", "Al Habtoor Contracting". */
    private static final Set<String> BUILDERS = WordSet.of("construction", "constructions", "contracting",
            "contractors", "engineering", "builders");

    /** Whether the organization's name says it builds. */
    private static boolean builder(Doc doc, int m) {
        for (int j = doc.mention(m).startToken(); j < doc.mention(m).endToken(); j++) {
            if (BUILDERS.contains(doc.token(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the verbs after "to" say the agreement is for: "to develop and construct" is work when one of them is, and
     * "to develop" alone when one side is named as a builder; "to buy 50 jets" is goods, but "to buy Acme" names a
     * company bought, which is no contract.
     */
    private static Purpose purpose(Doc doc, Sentence s, int v, boolean builderSide) {
        Purpose found = Purpose.NONE;
        for (int verbs = 0; verbs < 3 && v < s.endToken() && doc.mentionAt[v] < 0; verbs++) {
            String verb = doc.token(v).norm();
            if (WORK.contains(verb) || builderSide && DEVELOP.contains(verb)) {
                found = Purpose.WORK;
            } else if (BUY.contains(verb) && found == Purpose.NONE) {
                found = companyAfter(doc, s, v + 1) ? Purpose.NONE : Purpose.GOODS;
            }
            if (v + 2 >= s.endToken() || !(doc.token(v + 1).is("and") || Grammar.isComma(doc.token(v + 1)))) {
                break;
            }
            v += 2;
        }
        return found;
    }

    /** "to buy a stake in Acme": an organization a few words after the verb of buying. */
    private static boolean companyAfter(Doc doc, Sentence s, int from) {
        for (int m : doc.mentionsIn(from, Math.min(s.endToken(), from + 5))) {
            if (doc.type(m) == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }
}
