package dev.khabar.core.facts;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * An order of goods by the unit is a contract of the maker with the buyer (CONTRACT maker → buyer): «أبرمت X مع
 * مجموعة إيرباص اتفاقاً لشراء 50 طائرة», «لشراء 20 قطارا من شركة Y». The maker is named after «مع» before the buying
 * noun, or after «من» past the units (not «من طراز», a model); the buyer is the sentence's first company left.
 */
final class ArabicOrders {
    private static final Set<String> BUYING = WordSet.of("شراء", "لشراء", "بشراء");
    private static final int REACH = 8;

    private ArabicOrders() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !BUYING.contains(Clitics.withoutConjunction(doc.token(k).norm()))
                    || doc.token(k + 1).script() != Script.NUMBER || doc.mentionAt[k + 2] >= 0) {
                continue;
            }
            int maker = makerWith(doc, s, k);
            if (maker < 0) {
                maker = makerFrom(doc, s, k + 3);
            }
            int buyer = maker < 0 ? -1 : buyer(doc, s, k, maker);
            if (buyer >= 0) {
                out.contractOnly(doc.id(maker), doc.id(buyer), Attributes.evidence(doc, s)); // «عقدا مع بوينغ لشراء»: no takeover
                out.add(FactType.CONTRACT, doc.id(maker), doc.id(buyer), Attributes.amount(doc, s, k), null, agreed(doc, s, k),
                        null, null, Attributes.evidence(doc, s), 0.6);
            }
        }
    }

    /**
     * When the order was agreed: the last date before the buying noun, else the month of publication (news when told);
     * a date after the units is of their delivery («ستبدأ في العام 2023 بتسليمها»).
     */
    private static DateValue agreed(Doc doc, Sentence s, int k) {
        DateMention last = null;
        for (DateMention d : doc.dates.get(s.index())) {
            last = d.endToken() <= k ? d : last;
        }
        if (last != null) {
            return new DateValue(last.value(), last.text());
        }
        return doc.published == null ? null : new DateValue(doc.published.toString().substring(0, 7), null);
    }

    /** «أبرمت مع مجموعة إيرباص اتفاقاً لشراء»: the company after «مع» in reach before the buying noun, or -1. */
    private static int makerWith(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - REACH); j--) {
            if (doc.mentionAt[j] < 0 && doc.token(j).is("مع")) {
                return companyAt(doc, s, j + 1);
            }
        }
        return -1;
    }

    /** «50 طائرة من شركة Y»: the company after «من» right past the units, or -1. */
    private static int makerFrom(Doc doc, Sentence s, int k) {
        return k + 1 < s.endToken() && doc.token(k).is("من") ? companyAt(doc, s, k + 1) : -1;
    }

    /** The company named at token k, past quotes and a cue noun («شركة "X"»), or -1. */
    static int companyAt(Doc doc, Sentence s, int k) {
        int j = Grammar.pastQuotes(doc, s, k);
        if (j < s.endToken() && doc.mentionAt[j] < 0 && Grammar.isArabicOrgCue(doc.token(j))) {
            j = Grammar.pastQuotes(doc, s, j + 1);
        }
        return j < s.endToken() && doc.mentionAt[j] >= 0 && doc.type(doc.mentionAt[j]) == EntityType.ORGANIZATION
                ? doc.mentionAt[j] : -1;
    }

    /** The first company before the buying noun that is neither the maker nor governed by a preposition, or -1. */
    static int buyer(Doc doc, Sentence s, int k, int maker) {
        return Grammar.firstUngoverned(doc, s, s.firstToken(), k, Grammar.ORGANIZATION, doc.id(maker));
    }
}
