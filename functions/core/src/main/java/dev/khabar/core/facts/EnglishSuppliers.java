package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A company supplying another is its contractor (CONTRACT supplier → client), as a bank lending to a client is (each
 * company listed on either side: "A and B will supply turbines to C, D and E"): "ICBC
 * will provide Aabar with funding", "Brindle Energy supplies gas to Norvik Steel", "an agreement for Marrow
 * Telecom to provide services to Kessel". Only a company named right before
 * the verb supplies, and only a company is its client ("provide consumers with choice", "supply aid to Ukraine" are no
 * contract); the passive ("Aabar was provided with funding") is left alone.
 */
final class EnglishSuppliers {
    private static final Set<String> SUPPLYING = WordSet.of("supply", "supplies", "supplied", "supplying", "provide",
            "provides", "provided", "providing", "deliver", "delivers", "delivered", "equip", "equips", "equipped");
    private static final Set<String> BE = WordSet.of("is", "was", "are", "were", "been", "be", "being");
    /** Words of what is supplied between the verb and "to": "supplies 40 electric trains to". */
    private static final int GOODS_REACH = 7;

    private EnglishSuppliers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !SUPPLYING.contains(doc.token(k).norm()) || BE.contains(doc.token(k - 1).norm())) {
                continue;
            }
            int supplier = Grammar.organizationRightBefore(doc, s, k);
            if (supplier < 0) {
                supplier = doerOfPurpose(doc, s, k);
            }
            if (supplier < 0) {
                continue;
            }
            int client = Grammar.organizationAt(doc, s, k + 1);
            if (client >= 0) { // "provide Aabar with funding", "provide Aabar and Beltro with funding"
                int after = NameLists.endOfList(doc, client, clients(doc, s, client, k, null), Grammar.clauseEnd(doc, k, s));
                client = after < s.endToken() && doc.token(after).is("with") ? client : -1;
            } else {
                client = clientAfterGoods(doc, s, k + 1); // "supplies gas to Norvik Steel"
            }
            if (client < 0 || doc.id(client).equals(doc.id(supplier))) {
                continue;
            }
            List<String> suppliers = Grammar.coordinatedBefore(doc, s, k, Grammar.ORGANIZATION); // "A and B will supply"
            if (!suppliers.contains(doc.id(supplier))) {
                suppliers = List.of(doc.id(supplier));
            }
            for (String each : clients(doc, s, client, k, doc.id(supplier))) {
                for (String by : suppliers) {
                    if (!by.equals(each)) {
                        out.add(FactType.CONTRACT, by, each, Attributes.amount(doc, s, k), null,
                                Attributes.date(doc, s, k, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.6);
                    }
                }
            }
        }
    }

    /**
     * "supplies gas to Norvik Steel, Halden Metals and Orsa": every company listed after the first client is a client
     * too; in "provide A and B with funding" only where the "with" follows the list.
     */
    private static List<String> clients(Doc doc, Sentence s, int first, int verb, String supplier) {
        List<String> out = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, Grammar.clauseEnd(doc, verb, s), Grammar.ORGANIZATION, supplier, out);
        return out;
    }

    /** How far before "to supply" the company that agreed or signed may stand: "signed a five-year, $2 billion deal to". */
    private static final int PURPOSE_REACH = 9;

    /**
     * "Acme signed a five-year deal to supply batteries to Volvo", "Acme agreed to supply …": the company whose deal or
     * agreement the verb is the purpose of, named before it with only lower-case words and numbers between; or -1.
     */
    private static int doerOfPurpose(Doc doc, Sentence s, int verb) {
        if (verb - 2 < s.firstToken() || !doc.token(verb - 1).is("to")) {
            return -1;
        }
        for (int j = verb - 2; j >= Math.max(s.firstToken(), verb - PURPOSE_REACH); j--) {
            int m = doc.mentionAt[j];
            if (m >= 0) {
                return doc.type(m) == EntityType.ORGANIZATION && (!Grammar.governed(doc, m, s) || dealFor(doc, s, m)) ? m : -1;
            }
            Token t = doc.token(j);
            if (Grammar.isComma(t) || t.script() == Script.LATIN && t.capitalized() && !afterDigits(doc, j) || t.is("to")
                    || t.is("that")) {
                return -1;
            }
        }
        return -1;
    }

    /** "a 5G deal": a capital written onto a number is part of a word naming a kind of thing, not a name. */
    private static boolean afterDigits(Doc doc, int j) {
        return j > 0 && doc.token(j - 1).script() == Script.NUMBER && doc.token(j - 1).end() == doc.token(j).start();
    }

    /** Nouns of an agreement whose "for X to supply" names its supplier. */
    private static final Set<String> DEALS = WordSet.of("agreement", "deal", "contract", "pact", "arrangement");

    /** "a 2015 agreement for Marrow Telecom to provide services to Kessel": the company after a deal's "for" is who supplies. */
    private static boolean dealFor(Doc doc, Sentence s, int m) {
        int start = doc.mention(m).startToken();
        return start - 2 >= s.firstToken() && doc.token(start - 1).is("for") && DEALS.contains(doc.token(start - 2).norm());
    }

    /**
     * The organization after "to" or "for" past the goods, which name no one ("40 trains to X", "equipment and services
     * for X"); or -1. A hyphened word is one word of the goods ("end-to-end gear").
     */
    private static int clientAfterGoods(Doc doc, Sentence s, int from) {
        int words = 0;
        for (int j = from; j + 1 < s.endToken() && words < GOODS_REACH; j++) {
            if (doc.mentionAt[j] >= 0 && doc.type(doc.mentionAt[j]) != EntityType.PRODUCT
                    || Grammar.isComma(doc.token(j)) || doc.token(j).is(".")) {
                return -1;
            }
            boolean hyphened = doc.token(j).is("-") || j > from && doc.token(j - 1).is("-");
            if (!hyphened && (doc.token(j).is("to") || doc.token(j).is("for"))) {
                return Grammar.organizationAt(doc, s, j + 1);
            }
            words += hyphened ? 0 : 1;
        }
        return -1;
    }
}
