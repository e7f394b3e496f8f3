package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * An Arabic sale of a whole company told from the seller's side: «باعت الحكومة بنك X إلى مجموعة Y», «وباعت شركة A
 * شركة B بالكامل إلى C». The seller takes nothing; the buyer after «إلى» acquires the company sold. A stake, shares or
 * assets sold («باعت حصتها في X إلى Y») are no takeover and are left to the stake finders.
 */
final class ArabicSales {
    /** Past and future forms of "sold", bare of the conjunction. */
    private static final Set<String> SALE_VERBS = WordSet.of("باع", "باعت", "يبيع", "تبيع", "سيبيع", "ستبيع", "باعوا");
    /** Words of a part sold rather than a company: a stake, shares, assets, a unit's holdings. */
    private static final Set<String> PARTS = WordSet.of("حصه", "حصص", "حصتها", "حصته", "حصصها", "حصصه", "اسهم", "سهم",
            "اسهمها", "اسهمه", "اصول", "اصولها", "اصوله", "ممتلكات", "حقوق");
    /** Verbs and verbal nouns of selling part of one's own capital: «باعت», «ببيع», «بيع». */
    private static final Set<String> OWN_SALE = WordSet.of("باع", "باعت", "يبيع", "تبيع", "سيبيع", "ستبيع", "بيع", "ببيع");
    /** One's own shares or capital, the pronoun standing for the seller: «أسهمها», «من رأسمالها». */
    private static final Set<String> OWN_PARTS = WordSet.of("اسهمها", "اسهمه", "راسمالها", "راسماله", "حصصها", "حصصه");
    /** How many words may stand between the seller (or the verb) and its own shares: «حصة تبلغ 30% من أسهمها». */
    private static final int OWN_PART_WITHIN = 7;
    /** How far after the verb the buyer's «إلى» may stand: the company sold may carry a short description. */
    private static final int REACH = 25;

    private ArabicSales() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (doc.mentionAt[k] < 0 && OWN_SALE.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                ownShares(doc, s, k, out);
            }
            if (doc.mentionAt[k] >= 0 || !SALE_VERBS.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                continue;
            }
            int to = toBuyer(doc, s, k);
            int sold = to < 0 ? -1 : companySold(doc, k, to);
            int buyer = sold < 0 ? -1 : buyerAt(doc, s, to + 1);
            if (buyer >= 0 && !doc.id(buyer).equals(doc.id(sold))) {
                out.add(FactType.ACQUISITION, doc.id(buyer), doc.id(sold), Attributes.amount(doc, s, k), null,
                        Attributes.date(doc, s, k, FactType.ACQUISITION), null, null, Attributes.evidence(doc, s), 0.6);
            }
        }
    }

    /**
     * «باعت شركة Y 30% من أسهمها لشركة X», «قامت Y ببيع حصة من رأسمالها إلى X», «وافقت Y على بيع 20% من أسهمها لصالح
     * X»: a company selling part of its own capital (the shares carry its pronoun) lets the buyer invest in it, or
     * take it over when more than half is sold.
     */
    private static void ownShares(Doc doc, Sentence s, int verb, FactCollector out) {
        int seller = ArabicOrders.companyAt(doc, s, verb + 1);
        int from = seller >= 0 ? doc.mention(seller).endToken() : verb + 1;
        if (seller < 0) {
            seller = sellerBefore(doc, s, verb);
        }
        int part = -1;
        for (int k = from; k < Math.min(s.endToken(), from + OWN_PART_WITHIN); k++) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                break;
            }
            if (OWN_PARTS.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                part = k;
                break;
            }
        }
        int buyer = part < 0 || seller < 0 ? -1 : StakeSales.buyerAfter(doc, s, part + 1);
        if (buyer < 0 || doc.id(buyer).equals(doc.id(seller))) {
            return;
        }
        FactType type = Stakes.after(doc, s, from) == Stakes.Size.MAJORITY ? FactType.ACQUISITION : FactType.INVESTMENT;
        out.add(type, doc.id(buyer), doc.id(seller), Attributes.amount(doc, s, verb), null, Attributes.date(doc, s, verb, type),
                null, null, Attributes.evidence(doc, s), 0.6);
    }

    /**
     * The company right before the sale's verb or verbal noun: «إن شركة Y باعت», «قامت شركة Y ببيع», «وافقت Y على بيع»;
     * -1 when another word stands between.
     */
    private static int sellerBefore(Doc doc, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isQuote(doc.token(k)) || doc.token(k).is("علي"))) {
            k--;
        }
        int m = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** The widest aside between two commas that the sale reads past: «بنك X، وهو من أقدم المصارف في البلاد، إلى Y». */
    private static final int ASIDE = 10;

    /**
     * The «إلى» after the verb, with no part sold before it; -1 when there is none, a stake is what is sold, or a comma
     * opens another clause first («باعت الحكومة بنك X عام 2005، وانضمت الشركة إلى Y»: Y bought nothing).
     */
    private static int toBuyer(Doc doc, Sentence s, int verb) {
        for (int k = verb + 1; k < Math.min(s.endToken(), verb + REACH); k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            if (Grammar.isComma(doc.token(k))) {
                int past = Grammar.afterAside(doc, s, k, ASIDE);
                if (past == k) {
                    return -1;
                }
                k = past - 1;
                continue;
            }
            if (Grammar.anyReading(PARTS, doc.token(k))) {
                return -1; // «باعت حصتها في X إلى Y»
            }
            if (doc.token(k).is("الي")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The company sold between the verb and «إلى»: the second organization when the seller is named after the verb
     * («باعت مجموعة A شركة B»), the only one when the seller is a bare noun or named before («باعت الحكومة بنك X»,
     * «A باعت شركة B»); -1 when the only organization stands right after the verb, where it is the seller.
     */
    private static int companySold(Doc doc, int verb, int to) {
        int first = -1;
        int second = -1;
        for (int k = verb + 1; k < to; k++) {
            if (first >= 0 && Grammar.isComma(doc.token(k))) {
                break; // «بنك X، وهو أحد أكبر المصارف، إلى Y»: what follows the comma describes the company sold
            }
            int m = doc.mentionAt[k];
            if (m < 0 || doc.mention(m).startToken() != k) {
                continue;
            }
            if (first < 0) {
                first = m;
            } else if (second < 0 && !doc.id(m).equals(doc.id(first))) {
                second = m;
            }
        }
        if (second >= 0) {
            return doc.type(second) == EntityType.ORGANIZATION ? second : -1;
        }
        if (first < 0 || doc.type(first) != EntityType.ORGANIZATION) {
            return -1;
        }
        int start = doc.mention(first).startToken();
        boolean seller = start == verb + 1 || start == verb + 2 && Grammar.isArabicOrgCue(doc.token(verb + 1));
        return seller ? -1 : first;
    }

    /** The organization right after «إلى», past a cue noun outside its name («إلى مجموعة Y»), or -1. */
    private static int buyerAt(Doc doc, Sentence s, int k) {
        if (k < s.endToken() && doc.mentionAt[k] < 0 && Grammar.isArabicOrgCue(doc.token(k))) {
            k++;
        }
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }
}
