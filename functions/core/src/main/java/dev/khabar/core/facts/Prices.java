package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.numbers.Money;
import dev.khabar.core.numbers.MoneyReader;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.List;
import java.util.Set;

/**
 * "Terms were not disclosed, but X reported that Acme paid $15 million for the company", «دفعت أكمي 15 مليون دولار
 * مقابل الشركة»: a price paid, even as reported by others, is the amount of the buyer's acquisition that lacks one.
 */
final class Prices {
    private static final Set<String> PAID = WordSet.of("paid", "pay", "pays", "paying", "spent", "spend", "spends",
            "spending", "shelled", "دفعت", "دفع", "تدفع", "يدفع", "ستدفع", "سيدفع", "انفقت", "انفق", "دفعها", "دفعته");
    private static final Set<String> FOR = WordSet.of("for", "مقابل", "لشراء", "للاستحواذ", "ثمنا", "لقاء");
    /** The words that hedge a sum, shared with the reader of money: "about $5m", «نحو 5 ملايين». */
    static final Set<String> HEDGES = MoneyReader.HEDGES;

    private Prices() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (Money m : doc.money.get(s.index())) {
            int verb = m.startToken() - 1;
            while (verb > s.firstToken() && (HEDGES.contains(doc.token(verb).norm()) || doc.mentionAt[verb] >= 0)) {
                verb = doc.mentionAt[verb] >= 0 ? doc.mention(doc.mentionAt[verb]).startToken() - 1 : verb - 1;
            }
            if (verb < s.firstToken() || !Clitics.in(PAID, doc.token(verb).norm()) || m.endToken() >= s.endToken()
                    || !Clitics.in(FOR, doc.token(m.endToken()).norm())) {
                continue;
            }
            String buyer = buyer(doc, s, verb, m.startToken());
            Fact deal = buyer == null ? null : acquisition(doc, s, buyer, m.endToken() + 1, out);
            if (deal != null && deal.amount() == null) {
                out.add(FactType.ACQUISITION, deal.subject(), deal.object(), new Amount(m.value(), m.currency(), m.text()),
                        null, null, null, null, deal.evidence(), deal.confidence());
            }
        }
    }

    /** The organization between an Arabic verb and the price, else the nearest one before the verb. */
    private static String buyer(Doc doc, Sentence s, int verb, int price) {
        for (int m : doc.mentionsIn(verb + 1, price)) {
            if (doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
        }
        List<Integer> before = doc.mentionsIn(s.firstToken(), verb);
        for (int k = before.size() - 1; k >= 0; k--) {
            if (doc.type(before.get(k)) == EntityType.ORGANIZATION) {
                return doc.id(before.get(k));
            }
        }
        return null;
    }

    /** The acquisition of the company named after "for", else the buyer's only acquisition ("for the company"). */
    private static Fact acquisition(Doc doc, Sentence s, String buyer, int from, FactCollector out) {
        List<Integer> named = doc.mentionsIn(from, Math.min(s.endToken(), from + 4));
        if (!named.isEmpty()) {
            return out.get(FactType.ACQUISITION, buyer, doc.id(named.get(0)));
        }
        Fact only = null;
        for (Fact f : out.all()) {
            if (f.type() == FactType.ACQUISITION && f.subject().equals(buyer)) {
                if (only != null) {
                    return null;
                }
                only = f;
            }
        }
        return only;
    }
}
