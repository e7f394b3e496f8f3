package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * An advisory mandate is a contract (CONTRACT adviser → client), as in Arabic (ArabicAdvisers): "Quillon is advising
 * Marlow on the sale", "Marlow was advised by Quillon", "Dunmore acted as financial adviser to Fennick", and a firm
 * handling a company's deal, "…, with Quillon handling the transaction, Marlow said": the client is then the company
 * the sentence names besides the firm.
 */
final class EnglishAdvisers {
    private static final Set<String> ADVISING = WordSet.of("advised", "advises", "advising", "advise");
    private static final Set<String> ADVISERS = WordSet.of("adviser", "advisers", "advisor", "advisors", "counsel",
            "arranger", "bookrunner", "underwriter");
    /** Words of a firm's part before its noun: "as lead financial adviser", "as joint global coordinator". */
    private static final int PART_REACH = 4;
    /** A firm's work on a deal in the "with X handling the transaction" construction. */
    private static final Set<String> HANDLING = WordSet.of("handling", "advising", "arranging", "managing", "underwriting");
    private static final Set<String> DEALS = WordSet.of("transaction", "deal", "sale", "listing", "offering", "ipo",
            "acquisition", "merger", "takeover", "purchase", "issue");

    private EnglishAdvisers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            String word = doc.token(k).norm();
            if (ADVISING.contains(word) && doc.token(k + 1).is("by")) {
                add(doc, s, k, Grammar.organizationAt(doc, s, k + 2), Grammar.organizationRightBefore(doc, s, k), out); // "Y was advised by X"
            } else if (ADVISING.contains(word)) {
                add(doc, s, k, Grammar.organizationRightBefore(doc, s, k), Grammar.organizationAt(doc, s, k + 1), out); // "X is advising Y"
            } else if (ADVISERS.contains(word) && (doc.token(k + 1).is("to") || doc.token(k + 1).is("for"))) {
                int as = partOpener(doc, s, k);
                if (as >= 0) { // "X acted as financial adviser to Y"
                    int client = Grammar.organizationAt(doc, s, k + 2);
                    int firm = client < 0 ? -1 : Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, as, s), as,
                            ORGANIZATION, doc.id(client));
                    add(doc, s, k, firm, client, out);
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

    /** "as" a few words before the adviser noun ("as lead financial adviser"), or -1. */
    private static int partOpener(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - PART_REACH); j--) {
            if (doc.mentionAt[j] >= 0 || !doc.token(j).isWord()) {
                return -1;
            }
            if (doc.token(j).is("as")) {
                return j;
            }
        }
        return -1;
    }

    private static void add(Doc doc, Sentence s, int k, int firm, int client, FactCollector out) {
        if (firm >= 0 && client >= 0 && !doc.id(firm).equals(doc.id(client))) {
            out.add(FactType.CONTRACT, doc.id(firm), doc.id(client), null, null, Attributes.date(doc, s, k, FactType.CONTRACT),
                    null, null, Attributes.evidence(doc, s), 0.6);
        }
    }
}
