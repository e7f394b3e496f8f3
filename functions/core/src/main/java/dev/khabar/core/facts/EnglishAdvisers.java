package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An advisory mandate is a contract (CONTRACT adviser → client), as in Arabic (ArabicAdvisers): "Quillon is advising
 * Marlow on the sale", "Marlow was advised by Quillon", "Dunmore acted as financial adviser to Fennick", and a firm
 * handling a company's deal, "…, with Quillon handling the transaction, Marlow said": the client is then the company
 * the sentence names besides the firm. A client appointing its adviser names it too: "Marlow has appointed Quillon as
 * financial adviser", "Marlow hired Quillon to advise on the bid". Each firm of a list advises: "advised by A and B",
 * "A and B advised Marlow".
 */
final class EnglishAdvisers {
    private static final Set<String> ADVISING = WordSet.of("advised", "advises", "advising", "advise", "counseled",
            "counselled", "counsels", "counseling", "counselling");
    private static final Set<String> ADVISERS = WordSet.of("adviser", "advisers", "advisor", "advisors", "counsel",
            "arranger", "bookrunner", "underwriter");
    /** Words opening a firm's part: "acted as financial adviser to", "is legal counsel to". */
    private static final Set<String> PART_OPENERS = WordSet.of("as", "is", "was", "are", "were");
    /** Words of a firm's part before its noun: "as lead financial adviser", "as joint global coordinator". */
    private static final int PART_REACH = 4;
    /** A firm's work on a deal in the "with X handling the transaction" construction. */
    private static final Set<String> HANDLING = WordSet.of("handling", "advising", "arranging", "managing", "underwriting");
    private static final Set<String> DEALS = WordSet.of("transaction", "deal", "sale", "listing", "offering", "ipo",
            "acquisition", "merger", "takeover", "purchase", "issue");
    /** Verbs of a client taking on a firm: "appointed X as adviser", "hired X to advise". */
    private static final Set<String> APPOINTING = WordSet.of("appointed", "appoints", "appoint", "hired", "hires",
            "hire", "retained", "retains", "retain", "tapped", "taps", "engaged", "engages", "mandated", "mandates",
            "named", "names", "picked", "picks", "selected", "selects", "chose", "chosen", "enlisted", "enlists");
    /** The firms a list of advisers is made of. */
    private static final Set<EntityType> FIRMS = Set.of(EntityType.ORGANIZATION);

    private EnglishAdvisers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            String word = doc.token(k).norm();
            int by = ADVISING.contains(word) ? agentAfter(doc, s, k) : -1;
            if (by > k) {
                int firm = Grammar.organizationAt(doc, s, by + 1);
                int client = Grammar.organizationRightBefore(doc, s, k);
                add(doc, s, k, firm, client, out); // "Y was advised by X", "Y was counseled on the deal by X"
                if (firm >= 0 && client >= 0) {
                    List<String> others = new ArrayList<>();
                    int listed = pastPart(doc, s, doc.mention(firm).endToken());
                    if (listed + 1 < s.endToken() && doc.token(listed).is("and") && doc.mentionAt[listed + 1] >= 0
                            && doc.type(doc.mentionAt[listed + 1]) == EntityType.ORGANIZATION) {
                        others.add(doc.id(doc.mentionAt[listed + 1])); // "by X as financial adviser and Z as legal adviser"
                    } else {
                        NameLists.listAfter(doc, s, firm, Grammar.clauseEnd(doc, k, s), FIRMS, doc.id(client), others);
                    }
                    for (String other : others) {
                        addIds(doc, s, k, other, doc.id(client), out); // "advised by X and Z"
                    }
                }
            } else if (ADVISING.contains(word) && doc.token(k - 1).is("to")) {
                appointed(doc, s, k - 1, out); // "Y hired X to advise on the bid"
            } else if (ADVISING.contains(word)) {
                int client = Grammar.organizationAt(doc, s, k + 1);
                add(doc, s, k, Grammar.organizationRightBefore(doc, s, k), client, out); // "X is advising Y"
                for (String firm : client < 0 ? List.<String>of() : Grammar.coordinatedBefore(doc, s, k, FIRMS)) {
                    addIds(doc, s, k, firm, doc.id(client), out); // "X and Z advised Y"
                }
            } else if (ADVISERS.contains(word) && partOpener(doc, s, k) > s.firstToken()
                    && (!doc.token(k + 1).is("to") && !doc.token(k + 1).is("for") || Grammar.organizationAt(doc, s, k + 2) < 0)) {
                appointed(doc, s, partOpener(doc, s, k), out); // "Y has appointed X as financial adviser"
            } else if (ADVISERS.contains(word) && (doc.token(k + 1).is("to") || doc.token(k + 1).is("for"))) {
                int as = partOpener(doc, s, k);
                if (as >= 0) { // "X acted as financial adviser to Y"
                    int client = Grammar.organizationAt(doc, s, k + 2);
                    int firm = client < 0 ? -1 : Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, as, s), as,
                            ORGANIZATION, doc.id(client));
                    add(doc, s, k, firm, client, out);
                    for (String other : client < 0 ? List.<String>of() : Grammar.coordinatedBefore(doc, s, as, FIRMS)) {
                        addIds(doc, s, k, other, doc.id(client), out); // "X and Z were legal counsel to Y"
                    }
                }
            } else if (word.equals("with") && doc.mentionAt[k + 1] >= 0) {
                handled(doc, s, k, out);
            }
        }
    }

    /** "…, with X handling the transaction, Y said": X is Y's adviser on Y's deal. */
    private static void handled(Doc doc, Sentence s, int with, FactCollector out) {
        int firm = doc.mentionAt[with + 1];
        int verb = doc.mention(firm).endToken();
        if (doc.type(firm) != EntityType.ORGANIZATION || verb + 1 >= s.endToken() || !HANDLING.contains(doc.token(verb).norm())) {
            return;
        }
        int noun = verb + 1 < s.endToken() && (doc.token(verb + 1).is("the") || doc.token(verb + 1).is("its")) ? verb + 2 : verb + 1;
        if (noun >= s.endToken() || !DEALS.contains(doc.token(noun).norm())) {
            return;
        }
        int client = Grammar.firstUngoverned(doc, s, s.firstToken(), s.endToken(), ORGANIZATION, doc.id(firm));
        add(doc, s, verb, firm, client, out);
    }

    /**
     * "Y has appointed X as adviser", "Y hired X to advise": the firm right before {@code link} ("as", "to") and, right
     * before the firm, a verb of taking it on whose doer is the client.
     */
    private static void appointed(Doc doc, Sentence s, int link, FactCollector out) {
        int firm = link > s.firstToken() ? doc.mentionAt[link - 1] : -1;
        if (firm < 0 || doc.type(firm) != EntityType.ORGANIZATION) {
            return;
        }
        int verb = doc.mention(firm).startToken() - 1;
        if (verb > s.firstToken() && doc.token(verb).is("the")) {
            verb--;
        }
        if (verb <= s.firstToken() || !APPOINTING.contains(doc.token(verb).norm())) {
            return;
        }
        add(doc, s, link, firm, Grammar.organizationRightBefore(doc, s, verb), out);
    }

    /**
     * The "by" that brings in the firm after an advising verb, right after it or past the deal advised on ("counseled on
     * the deal by X", "advised on its takeover by X"), or -1.
     */
    private static int agentAfter(Doc doc, Sentence s, int verb) {
        int k = verb + 1;
        if (k + 1 < s.endToken() && doc.token(k).is("on")) {
            k++;
            if (doc.token(k).is("the") || doc.token(k).is("its") || doc.token(k).is("this")) {
                k++;
            }
            if (k >= s.endToken() || !DEALS.contains(doc.token(k).norm())) {
                return -1;
            }
            k++;
        }
        return k < s.endToken() && doc.token(k).is("by") ? k : -1;
    }

    /** Past the firm's part written after it ("X as financial adviser"): the token after the adviser noun, or {@code k}. */
    private static int pastPart(Doc doc, Sentence s, int k) {
        if (k >= s.endToken() || !doc.token(k).is("as")) {
            return k;
        }
        for (int j = k + 1; j < Math.min(s.endToken(), k + 1 + PART_REACH); j++) {
            if (ADVISERS.contains(doc.token(j).norm())) {
                return j + 1;
            }
            if (doc.mentionAt[j] >= 0 || !doc.token(j).isWord()) {
                return k;
            }
        }
        return k;
    }

    /** "as" a few words before the adviser noun ("as lead financial adviser"), or -1. */
    private static int partOpener(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - PART_REACH); j--) {
            if (doc.mentionAt[j] >= 0 || !doc.token(j).isWord()) {
                return -1;
            }
            if (PART_OPENERS.contains(doc.token(j).norm())) {
                return j;
            }
        }
        return -1;
    }

    private static void add(Doc doc, Sentence s, int k, int firm, int client, FactCollector out) {
        if (firm >= 0 && client >= 0) {
            addIds(doc, s, k, doc.id(firm), doc.id(client), out);
        }
    }

    private static void addIds(Doc doc, Sentence s, int k, String firm, String client, FactCollector out) {
        if (!firm.equals(client)) {
            out.add(FactType.CONTRACT, firm, client, null, null, Attributes.date(doc, s, k, FactType.CONTRACT),
                    null, null, Attributes.evidence(doc, s), 0.6);
            // "counseled on the deal by X": the deal is the client's; the firm only advised on it, no partner or buyer
            out.contractOnly(firm, client, Attributes.evidence(doc, s));
        }
    }
}
