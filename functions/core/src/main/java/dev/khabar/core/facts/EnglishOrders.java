package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * An order of goods or work is a contract of the one supplying them with the buyer (CONTRACT supplier → buyer): "Halvex
 * received a $20 million order from the US Navy", "Skyward Air placed an order with Airbus for 30 jets", "Network Rail
 * has ordered 40 trains from Alstom". Only the noun after a verb of winning or placing, or the verb "ordered" with its
 * "from", is an order: "in order to", "an executive order" are none.
 */
final class EnglishOrders {
    private static final Set<String> ORDERS = WordSet.of("order", "orders");
    /** Verbs of a supplier getting an order: its doer holds the contract, the one after "from" is the buyer. */
    private static final Set<String> WON = WordSet.of("received", "receives", "won", "wins", "secured", "secures",
            "landed", "lands", "bagged", "bags", "booked", "books", "clinched", "clinches", "obtained", "obtains");
    /** Words making "order" a ruling, not goods bought: "an executive order", "a court order". */
    private static final Set<String> RULINGS = WordSet.of("executive", "court", "restraining", "gag", "administrative",
            "judicial", "government", "presidential");
    /** Verbs of a buyer placing an order: the one after "with" supplies it. */
    private static final Set<String> PLACED = WordSet.of("placed", "places", "place", "placing");
    private static final Set<String> ORDERED = WordSet.of("ordered", "orders");
    /** Words between the verb and the noun: "a $20 million follow-on order", "its largest ever order". */
    private static final int NOUN_REACH = 7;
    /** Words between the noun and its party: "an order worth $5m from", "ordered 40 new trains from". */
    private static final int PARTY_REACH = 8;

    private EnglishOrders() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int v = s.firstToken() + 1; v + 2 < s.endToken(); v++) {
            String verb = doc.token(v).norm();
            if (doc.mentionAt[v] >= 0) {
                continue;
            }
            if (ORDERED.contains(verb)) {
                int buyer = Grammar.organizationRightBefore(doc, s, v);
                if (buyer >= 0) { // "Y has ordered 40 trains from X"
                    add(doc, s, v, partyAfter(doc, s, v + 1, "from"), buyer, out);
                }
            } else if (WON.contains(verb) || PLACED.contains(verb)) {
                int noun = nounAfter(doc, s, v);
                if (noun < 0) {
                    continue;
                }
                int doer = Grammar.organizationRightBefore(doc, s, v);
                int party = partyAfter(doc, s, noun + 1, WON.contains(verb) ? "from" : "with");
                if (WON.contains(verb)) {
                    add(doc, s, noun, doer, party, out);
                } else {
                    add(doc, s, noun, party, doer, out);
                }
            }
        }
    }

    /** The order noun a few words after the verb, no name between; or -1. */
    private static int nounAfter(Doc doc, Sentence s, int v) {
        for (int k = v + 1; k < Math.min(s.endToken(), v + 1 + NOUN_REACH); k++) {
            if (doc.mentionAt[k] >= 0) {
                return -1;
            }
            if (ORDERS.contains(doc.token(k).norm())) {
                return RULINGS.contains(doc.token(k - 1).norm()) ? -1 : k;
            }
        }
        return -1;
    }

    /** The organization right after {@code marker} ("from", "with") a few words on, no name between; or -1. */
    private static int partyAfter(Doc doc, Sentence s, int from, String marker) {
        for (int k = from; k + 1 < Math.min(s.endToken(), from + PARTY_REACH); k++) {
            if (doc.mentionAt[k] >= 0 || doc.token(k).is(".") || Grammar.isComma(doc.token(k))) {
                return -1;
            }
            if (doc.token(k).is(marker)) {
                return Grammar.organizationAt(doc, s, k + 1);
            }
        }
        return -1;
    }

    private static void add(Doc doc, Sentence s, int k, int supplier, int buyer, FactCollector out) {
        if (supplier >= 0 && buyer >= 0 && !doc.id(supplier).equals(doc.id(buyer))) {
            out.contractOnly(doc.id(supplier), doc.id(buyer), Attributes.evidence(doc, s));
            out.add(FactType.CONTRACT, doc.id(supplier), doc.id(buyer), Attributes.amount(doc, s, k), null,
                    Attributes.date(doc, s, k, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.6);
        }
    }
}
