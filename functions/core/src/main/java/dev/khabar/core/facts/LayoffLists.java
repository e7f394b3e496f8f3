package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.numbers.Quantity;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.List;

/**
 * Layoffs told as a list under a heading that names them: «شركات تعتزم تقليص موظفيها» then «- أمازون 18 ألف موظف»,
 * "Companies cutting jobs" then "- Acme: 1,200 jobs". Each item names one company and its count, no verb of its own.
 */
final class LayoffLists {
    private LayoffLists() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        if (!ListLines.item(doc, s)) {
            return;
        }
        List<Quantity> counts = doc.counts.get(s.index());
        int k = s.firstToken() + 1;
        while (k < s.endToken() && doc.mentionAt[k] < 0 && Grammar.isQuote(doc.token(k))) {
            k++;
        }
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (counts.size() != 1 || m < 0 || doc.type(m) != EntityType.ORGANIZATION || doc.mention(m).startToken() != k) {
            return;
        }
        int after = doc.mention(m).endToken();
        while (after < s.endToken() && !doc.token(after).isWord() && doc.token(after).script() != Script.NUMBER) {
            after++; // «- أمازون: 18 ألف», "- Acme (US) – 1,200"
        }
        Quantity count = counts.get(0);
        if (count.startToken() != after || count.endToken() + 2 < s.endToken() || !underLayoffHeading(doc, s)) {
            return;
        }
        out.add(FactType.LAYOFF, doc.id(m), null, null, count.value().intValueExact(),
                Attributes.date(doc, s, count.startToken(), FactType.LAYOFF), null, null,
                Attributes.evidence(doc, s), 0.6);
    }

    /** Whether the line the list hangs from (the first before it that is no item) tells of layoffs. */
    private static boolean underLayoffHeading(Doc doc, Sentence s) {
        Sentence heading = ListLines.heading(doc, s);
        if (heading == null) {
            return false;
        }
        for (int i = heading.firstToken(); i < heading.endToken(); i++) {
            Trigger tr = doc.trigger(i, heading.endToken());
            if (tr != null && tr.type() == FactType.LAYOFF) {
                return true;
            }
        }
        return false;
    }
}
