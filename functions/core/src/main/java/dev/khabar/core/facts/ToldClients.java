package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contracts whose client one sentence names and whose holders later ones do: "The Ministry of Transport has finalised
 * three contracts. … A contract for signalling was won by Varnex." The body said to award, sign or finalise contracts
 * without a holder named becomes the client of the contracts told after it; one "won by" a company is that company's.
 */
final class ToldClients {
    /** Verbs whose "by" names the one who won the contract: "was won by X", "clinched by X". */
    private static final Set<String> WIN = WordSet.of("won", "clinched", "secured", "bagged", "landed", "grabbed", "obtained",
            "snagged", "captured");

    /** Words whose "by" names the one who gave the contract: "contract awards by X", "contracts signed by the ministry". */
    private static final Set<String> GIVE = WordSet.of("award", "awards", "awarded", "signed", "finalised", "finalized",
            "inked", "let", "tendered", "issued", "granted", "placed");

    /** Verbs only a client does to a contract: "awarded contracts", "granted the contracts" ("signed" is either party's). */
    private static final Set<String> AWARD = WordSet.of("award", "awards", "awarded", "granted", "let", "placed");

    /** Verbs of the body that calls for bids: "launches a tender", "floated tenders", "invited a tender". */
    private static final Set<String> CALL = WordSet.of("launch", "launches", "launched", "launching", "open", "opens",
            "opened", "opening", "issue", "issues", "issuing", "float", "floats", "floated", "floating", "invite", "invites",
            "invited", "inviting", "announce", "announces", "announced", "announcing");

    private static final Set<String> WINNING = WordSet.of("win", "wins", "winning", "secure", "secures", "securing");
    private static final Set<String> ARTICLES = WordSet.of("a", "an", "the");

    /** How far a verb of calling may stand before its tender: "launched two new tenders". */
    private static final int CALL_REACH = 4;

    private ToldClients() {
    }

    /**
     * "SFA launches tender for rooftop farms", "the authority floated a tender": a tender called for is an invitation to
     * bid, and no one holds a contract yet (a tender won or awarded is told by other words).
     */
    static boolean tenderCalled(Doc doc, Sentence s, Trigger tr) {
        if (!doc.token(tr.startToken()).is("tender") && !doc.token(tr.startToken()).is("tenders")) {
            return false;
        }
        for (int k = tr.startToken() - 1; k >= Math.max(s.firstToken(), tr.startToken() - CALL_REACH); k--) {
            String w = doc.token(k).norm();
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k)) || WIN.contains(w) || GIVE.contains(w)
                    || WINNING.contains(w)) {
                return false; // "won an open tender", "announced winning a tender": the tender's contract is held
            }
            if (CALL.contains(w) && !(w.equals("open") && k > s.firstToken() && ARTICLES.contains(doc.token(k - 1).norm()))) {
                return true; // "an open tender" describes the tender, no call for bids
            }
        }
        return false;
    }

    /**
     * Keeps the lone party of a contract sentence as the client of the contracts told next, when it gives them: a public
     * body doing a verb of giving ("The Ministry of Health signed five contracts"; one that announces them gives none), or the agent of a word of giving
     * ("two contract awards by Adnoc", "the finalisation of contracts by the Ministry of Defence"), not of winning.
     */
    static void remember(Doc doc, Sentence s, Trigger tr, String party, int byAt) {
        if (party == null) {
            return;
        }
        boolean gives = byAt >= 0 ? between(doc, tr, byAt, GIVE) || Awards.publicBody(doc, party) && !between(doc, tr, byAt, WIN)
                : Awards.publicBody(doc, party) && gaveBefore(doc, s, tr);
        if (gives) {
            doc.awarder = party;
        }
    }

    /** Whether the trigger's "by" at {@code byAt} follows a verb of winning: "was won by X". */
    static boolean wonBy(Doc doc, Trigger tr, int byAt) {
        return byAt >= 0 && between(doc, tr, byAt, WIN);
    }

    /** How far "was won by" may stand after the contract noun it tells of: past its value and its work. */
    private static final int WINNER_REACH = 25;

    /**
     * "A contract valued at $12 million for the supply of signalling equipment was won by Varnex": the "by" of a verb of
     * winning in the contract noun's clause, past what describes the contract; or -1.
     */
    static int winnerBy(Doc doc, Sentence s, Trigger tr) {
        int end = Math.min(Grammar.clauseEnd(doc, tr.startToken(), s), tr.endToken() + WINNER_REACH);
        for (int k = tr.endToken(); k + 2 < end; k++) {
            if (doc.mentionAt[k] >= 0 && k > tr.endToken() && PARTY_MARKERS.contains(doc.token(k - 1).norm())) {
                return -1; // "a contract with X was won by Y": another rule reads the parties
            }
            if (WIN.contains(doc.token(k + 1).norm()) && BE.contains(doc.token(k).norm()) && doc.token(k + 2).is("by")) {
                return k + 2;
            }
        }
        return -1;
    }

    /** Words naming a party of the contract after its noun: "a contract with X", "a contract from the Navy". */
    private static final Set<String> PARTY_MARKERS = WordSet.of("with", "from", "by", "to");

    private static final Set<String> BE = WordSet.of("was", "were", "is", "are", "been", "being");

    /** Verbs of a contract signed in the passive with its holders after "with": "were signed with A, B and C". */
    private static final Set<String> SIGNED = WordSet.of("signed", "inked", "concluded", "finalised", "finalized", "entered");

    /**
     * "The Ministry of Health signed five contracts. These contracts were signed with A, B and C": each company after
     * the passive's "with" holds one with the client told before; null when the sentence is no such passive or no
     * client was told.
     */
    static Fact signedWith(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        int with = -1;
        for (int k = tr.endToken(); k + 2 < Math.min(end, tr.endToken() + 4); k++) {
            if (BE.contains(doc.token(k).norm()) && SIGNED.contains(doc.token(k + 1).norm()) && doc.token(k + 2).is("with")) {
                with = k + 2;
                break;
            }
        }
        String client = with < 0 ? null : client(doc, out);
        int first = client == null ? -1 : TriggerFacts.firstAfter(doc, s, with + 1, Math.min(end, with + 3), Grammar.ORGANIZATION, client);
        if (first < 0) {
            return null;
        }
        List<String> holders = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, end, Grammar.ORGANIZATION, client, holders);
        DateValue date = Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT);
        Fact made = null;
        for (String holder : holders) {
            if (!holder.equals(client) && !out.has(FactType.CONTRACT, holder, client)) {
                out.add(FactType.CONTRACT, holder, client, null, null, date, null, null, Attributes.evidence(doc, s), 0.6);
                made = out.last();
            }
        }
        return made; // none made: no fact of this sentence for the next trigger to build on
    }

    /** How far back the sentence of the contracts' givers may be: "X and Y have awarded contracts … Seven firms were granted". */
    private static final int GIVERS_BACK = 5;
    /** How many words may stand between a verb and its contract noun: "were granted the contracts", "won the two contracts". */
    private static final int NOUN_REACH = 3;

    /**
     * "Seven companies were granted the contracts, including A, B and C", "Five firms won the contracts, including A and
     * B": the companies listed hold contracts from each organization a sentence before said to award them ("X and Y
     * have awarded contracts to build …"); null when the sentence is no such list or no giver was told.
     */
    static Fact grantedIncluding(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int including = tr.endToken() + (tr.endToken() < s.endToken() && Grammar.isComma(doc.token(tr.endToken())) ? 1 : 0);
        if (including >= s.endToken() || !doc.token(including).is("including") || !verbBefore(doc, s, tr.startToken())) {
            return null;
        }
        List<String> clients = giversBefore(doc, s);
        int first = clients.isEmpty() ? -1 : TriggerFacts.firstAfter(doc, s, including + 1, Math.min(s.endToken(), including + 4),
                Grammar.ORGANIZATION, null);
        if (first < 0) {
            return null;
        }
        List<String> holders = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, Grammar.clauseEnd(doc, first, s), Grammar.ORGANIZATION, null, holders);
        DateValue date = Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT);
        for (String holder : holders) {
            for (String client : clients) {
                if (!holder.equals(client)) {
                    out.add(FactType.CONTRACT, holder, client, null, null, date, null, null, Attributes.evidence(doc, s), 0.6);
                }
            }
        }
        return out.last();
    }

    /** "were granted the", "won the": a verb of giving or winning a few words before the contract noun. */
    private static boolean verbBefore(Doc doc, Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(s.firstToken(), noun - NOUN_REACH); k--) {
            String w = doc.token(k).norm();
            if (doc.mentionAt[k] >= 0) {
                return false;
            }
            if (GIVE.contains(w) || WIN.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organizations a recent sentence names before a verb of giving contracts ("Acme and Bolt have awarded contracts
     * to build …"), the latest such sentence's; empty when there is none.
     */
    private static List<String> giversBefore(Doc doc, Sentence s) {
        List<String> givers = new ArrayList<>();
        for (int back = s.index() - 1; back >= Math.max(0, s.index() - GIVERS_BACK) && givers.isEmpty(); back--) {
            Sentence p = doc.sentences.get(back);
            for (int k = p.firstToken(); k < p.endToken() && givers.isEmpty(); k++) {
                if (doc.mentionAt[k] >= 0 || !AWARD.contains(doc.token(k).norm()) || !contractAfter(doc, p, k)) {
                    continue;
                }
                for (int m : doc.mentionsIn(p.firstToken(), k)) {
                    if (doc.type(m) == EntityType.ORGANIZATION && !Grammar.governed(doc, m, p)
                            && !givers.contains(doc.id(m))) {
                        givers.add(doc.id(m));
                    }
                }
            }
        }
        return givers;
    }

    /** "awarded contracts", "signed two contracts": a contract noun right after the verb, past a few words. */
    private static boolean contractAfter(Doc doc, Sentence s, int verb) {
        for (int k = verb + 1; k < Math.min(s.endToken(), verb + 1 + NOUN_REACH); k++) {
            if (doc.mentionAt[k] >= 0) {
                return false;
            }
            if (doc.token(k).is("contracts") || doc.token(k).is("contract")) {
                return true;
            }
        }
        return false;
    }

    /** The client the text told before: the body last said to give contracts, else the last contract's public client. */
    static String client(Doc doc, FactCollector out) {
        return doc.awarder != null ? doc.awarder : Awards.earlierClient(doc, out);
    }

    /** How many words a verb of giving may stand before its contract noun: "signed five new supply contracts". */
    private static final int GIVE_REACH = 5;

    /** "signed five contracts", "has finalised three contracts": a verb of giving right before the contract noun. */
    private static boolean gaveBefore(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.startToken() - 1; k >= Math.max(s.firstToken(), tr.startToken() - GIVE_REACH); k--) {
            if (GIVE.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean between(Doc doc, Trigger tr, int byAt, Set<String> words) {
        for (int k = tr.endToken() - 1; k < byAt; k++) {
            if (words.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
