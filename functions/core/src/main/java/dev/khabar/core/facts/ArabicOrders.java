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
 * noun, or after «من» past the units (not «من طراز», a model); the buyer is the sentence's first company left. A verb of
 * ordering or buying takes its buyer right after it: «طلبت شركة X ستين طائرة من Y», «اشترت X 20 قطارا من Y».
 */
final class ArabicOrders {
    private static final Set<String> BUYING = WordSet.of("شراء", "لشراء", "بشراء");
    /** Goods ordered by the unit after a verb of ordering: aircraft, trains, ships, vehicles, turbines. */
    private static final Set<String> UNITS = WordSet.of("طائره", "طائرات", "قطار", "قطارا", "قطارات", "سفينه", "سفن",
            "حافله", "حافلات", "سياره", "سيارات", "شاحنه", "شاحنات", "مروحيه", "مروحيات", "عربه", "عربات", "قاطره",
            "قاطرات", "ناقله", "ناقلات", "توربين", "توربينا", "توربينات", "مقاتله", "مقاتلات");
    /** Verbs of ordering or buying goods, their buyer after them: «طلبت», «اشترت». */
    private static final Set<String> ORDERING = WordSet.of("طلبت", "طلب", "تطلب", "يطلب", "اشترت", "اشتري", "تشتري",
            "يشتري");
    private static final int REACH = 8;

    private ArabicOrders() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 4 < s.endToken(); k++) {
            if (doc.mentionAt[k] < 0 && ORDERING.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                ordered(doc, s, k, out);
            }
        }
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

    /** «طلبت شركة X 60 طائرة من Y»: the buyer right after the verb, a number of goods, the maker after «من». */
    private static void ordered(Doc doc, Sentence s, int verb, FactCollector out) {
        int buyer = companyAt(doc, s, verb + 1);
        int units = buyer < 0 ? -1 : Grammar.pastQuotes(doc, s, doc.mention(buyer).endToken());
        if (units < 0 || units + 2 >= s.endToken() || doc.token(units).script() != Script.NUMBER
                || !UNITS.contains(doc.token(units + 1).norm())) {
            return; // «طلبت الحكومة 3 مليارات دولار من البنك», «طلبت X 3 عروض»: money or offers asked for, no goods
        }
        int maker = makerFrom(doc, s, units + 2);
        if (maker >= 0 && !doc.id(maker).equals(doc.id(buyer))) {
            out.contractOnly(doc.id(maker), doc.id(buyer), Attributes.evidence(doc, s));
            out.add(FactType.CONTRACT, doc.id(maker), doc.id(buyer), Attributes.amount(doc, s, verb), null,
                    agreed(doc, s, verb), null, null, Attributes.evidence(doc, s), 0.6);
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
