package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An English sale told from the seller's side: "Ford sold Volvo Cars to Geely", "sold the Opel and Vauxhall brands to
 * France's PSA Group", "X was sold to Y", "the sale of X to Y". The seller takes nothing; the buyer after "to"
 * acquires each company sold. A sale of shares or a stake ("sold X shares to Y") is no takeover and is left alone.
 * An unnamed part of the seller's own ("X will sell its card business in Qatar to Y") stands for the
 * seller, as the annotation convention asks: the buyer is told acquiring the seller itself (ACQUISITION Y→X).
 */
final class Sales {
    private static final Set<String> SALE_VERBS = WordSet.of("sold", "sells", "sell", "selling", "offloaded", "offloads",
            "offload", "divested", "divests", "divest");
    /** Words of tense before a passive's auxiliary: "X has been sold", "X will be sold". */
    private static final Set<String> TENSES = WordSet.of("has", "have", "had", "will", "would", "to");
    /** Words between the verb and the company sold: "sold its stake-free unit", "sold the X brands". */
    private static final Set<String> OPENERS = WordSet.of("the", "its", "their", "his", "her", "a", "an", "of");
    /** Nouns after the companies sold that say what they are, not what part of them is sold: "the X and Y brands". */
    private static final Set<String> WHOLES = WordSet.of("brand", "brands", "unit", "units", "business", "businesses",
            "division", "divisions", "subsidiary", "subsidiaries", "arm", "chain", "group");
    /** Words of a share sold rather than a company: "sold X shares to Y", "sold its X stake to Y". */
    private static final Set<String> PARTS = WordSet.of("shares", "share", "stock", "stake", "stakes", "bonds", "notes");
    /** Nouns of a seller's own part that stands for it, unnamed: "its card business", "its insurance unit". */
    private static final Set<String> OWN_UNITS = WordSet.of("operations", "unit", "business", "businesses", "division",
            "subsidiary", "arm");
    /** How many lowercase words may tell what the unit does: "its private wealth unit". */
    private static final int UNIT_WORDS = 3;

    private Sales() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || doc.token(k).script() != Script.LATIN || !saleWord(doc, s, k)) {
                continue;
            }
            List<Integer> sold = new ArrayList<>();
            int after = passive(doc, s, k) ? soldBefore(doc, s, k, sold) : soldAfter(doc, s, k, sold);
            if (after < 0 && !passive(doc, s, k)) {
                after = ownUnitSold(doc, s, k, sold);
            }
            int buyer = after < 0 ? -1 : buyerAt(doc, s, after);
            if (buyer < 0) {
                continue;
            }
            for (int m : sold) {
                if (!doc.id(m).equals(doc.id(buyer))) {
                    out.add(FactType.ACQUISITION, doc.id(buyer), doc.id(m), sold.size() == 1 ? Attributes.amount(doc, s, k) : null,
                            null, Attributes.date(doc, s, k, FactType.ACQUISITION), null, null, Attributes.evidence(doc, s), 0.6);
                }
            }
        }
    }

    /** A verb of selling, or "sale" followed by "of": "the sale of X to Y". */
    private static boolean saleWord(Doc doc, Sentence s, int k) {
        return SALE_VERBS.contains(doc.token(k).norm())
                || doc.token(k).is("sale") && k + 1 < s.endToken() && doc.token(k + 1).is("of");
    }

    /** "X was sold to Y": an auxiliary of the passive right before the verb. */
    private static boolean passive(Doc doc, Sentence s, int verb) {
        return verb > s.firstToken() && Grammar.PASSIVE_AUXILIARIES.contains(doc.token(verb - 1).norm());
    }

    /** The company sold right before the passive's auxiliary, added to {@code sold}; the token after the verb, or -1. */
    private static int soldBefore(Doc doc, Sentence s, int verb, List<Integer> sold) {
        int k = verb - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.PASSIVE_AUXILIARIES.contains(doc.token(k).norm())
                || TENSES.contains(doc.token(k).norm()))) {
            k--;
        }
        int m = doc.mentionAt[k];
        if (m < 0 || doc.type(m) != EntityType.ORGANIZATION) {
            return -1;
        }
        sold.add(m);
        return verb + 1;
    }

    /**
     * The companies sold after the verb ("sold the Opel and Vauxhall brands"), added to {@code sold}; the token after
     * them and the noun saying what they are, or -1 when no company, or a share of one, is sold.
     */
    private static int soldAfter(Doc doc, Sentence s, int verb, List<Integer> sold) {
        int k = verb + 1;
        while (k < s.endToken() && k <= verb + 3 && doc.mentionAt[k] < 0 && OPENERS.contains(doc.token(k).norm())) {
            k++;
        }
        int first = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (first < 0 || doc.type(first) != EntityType.ORGANIZATION) {
            return -1;
        }
        int end = Grammar.clauseEnd(doc, k, s);
        List<String> ids = new ArrayList<>();
        NameLists.listAfter(doc, s, first, end, ORGANIZATION, null, ids);
        sold.add(first);
        int last = doc.mention(first).endToken();
        for (int m : doc.mentionsIn(last, end)) {
            if (ids.contains(doc.id(m)) && !sold.contains(m)) {
                sold.add(m);
                last = doc.mention(m).endToken();
            }
        }
        if (last < s.endToken() && PARTS.contains(doc.token(last).norm())) {
            return -1; // "sold 5 million Acme shares to X"
        }
        return last < s.endToken() && WHOLES.contains(doc.token(last).norm()) ? last + 1 : last;
    }

    /**
     * "A bank will sell its card business in Qatar to X": the seller of an unnamed part of its own,
     * the organization no preposition governs before the verb, added to {@code sold} (the part stands for it); the token
     * after the part and its place, or -1.
     */
    private static int ownUnitSold(Doc doc, Sentence s, int verb, List<Integer> sold) {
        int k = verb + 1;
        if (k >= s.endToken() || !doc.token(k).is("its")) {
            return -1;
        }
        k++;
        int words = 0;
        while (k < s.endToken() && words < UNIT_WORDS && doc.mentionAt[k] < 0 && !OWN_UNITS.contains(doc.token(k).norm())
                && doc.token(k).script() == Script.LATIN && !doc.token(k).capitalized() && !Grammar.isPreposition(doc.token(k))
                && !PARTS.contains(doc.token(k).norm())) {
            k++;
            words++;
        }
        if (k >= s.endToken() || !OWN_UNITS.contains(doc.token(k).norm())) {
            return -1;
        }
        k++;
        if (k + 1 < s.endToken() && doc.token(k).is("in")) {
            int at = doc.token(k + 1).is("the") ? k + 2 : k + 1;
            int place = at < s.endToken() ? doc.mentionAt[at] : -1;
            k = place >= 0 && doc.type(place) == EntityType.LOCATION ? doc.mention(place).endToken() : k;
        }
        int seller = Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, verb, s), verb, ORGANIZATION, null);
        if (seller < 0) {
            return -1;
        }
        sold.add(seller);
        return k;
    }

    /** The organization named right after the "to" at {@code k}, past its country ("to France's PSA Group"), or -1. */
    private static int buyerAt(Doc doc, Sentence s, int k) {
        if (k + 1 >= s.endToken() || !doc.token(k).is("to")) {
            return -1;
        }
        int j = k + 1;
        while (j < s.endToken() && doc.mentionAt[j] < 0 && OPENERS.contains(doc.token(j).norm())) {
            j++;
        }
        int m = j < s.endToken() ? doc.mentionAt[j] : -1;
        if (m >= 0 && doc.type(m) == EntityType.LOCATION && doc.mention(m).endToken() + 1 < s.endToken()
                && doc.token(doc.mention(m).endToken()).is("'s")) {
            m = doc.mentionAt[doc.mention(m).endToken() + 1];
        }
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }
}
