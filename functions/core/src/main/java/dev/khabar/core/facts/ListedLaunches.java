package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "launched three phones: the X, the Y and the Z", "its Galaxy S devices — the S23, S23+ and S23 Ultra —": a launch
 * that tells its products by a common noun and then lists them after a colon or a spaced dash launched each one listed,
 * not the family its noun phrase may name before the list.
 */
final class ListedLaunches {
    /** Words of the noun phrase between the launch word and its colon or dash: "the 2023 lineup of its … devices". */
    private static final int REACH = 12;
    private static final Set<EntityType> PRODUCTS = Set.of(EntityType.PRODUCT);

    private ListedLaunches() {
    }

    /** The products listed after the colon or dash that ends an English launch's object, or an empty list. */
    static List<String> after(Doc doc, Sentence s, Trigger tr, String subject) {
        List<String> out = new ArrayList<>();
        int limit = Math.min(s.endToken(), tr.endToken() + REACH);
        for (int k = tr.endToken(); k < limit; k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                if (doc.type(m) != EntityType.PRODUCT) {
                    return out; // "launched with Acme: …": another party comes first, the list is not the object
                }
                k = doc.mention(m).endToken() - 1; // "of its Galaxy S devices": the family the listed ones belong to
                continue;
            }
            Token t = doc.token(k);
            if (Grammar.isComma(t) || Grammar.isSemicolon(t) || t.is(".")) {
                return out;
            }
            if (t.is(":") || spacedDash(doc, k)) {
                int first = firstProduct(doc, s, k + 1);
                if (first >= 0) {
                    out.add(doc.id(first));
                    NameLists.listAfter(doc, s, first, s.endToken(), PRODUCTS, subject, out);
                }
                return out;
            }
        }
        return out;
    }

    /** A dash set apart by spaces ("devices — the S23"), not one inside a word ("X-ray", "2023-24"). */
    private static boolean spacedDash(Doc doc, int k) {
        Token t = doc.token(k);
        String n = t.surface();
        return (n.equals("—") || n.equals("–") || n.equals("-")) && k > 0 && doc.token(k - 1).end() < t.start()
                && k + 1 < doc.tokens.size() && doc.token(k + 1).start() > t.end();
    }

    /** The product named first after the list's mark, past an article ("— the S23"), or -1. */
    private static int firstProduct(Doc doc, Sentence s, int k) {
        if (k < s.endToken() && doc.mentionAt[k] < 0 && (doc.token(k).is("the") || doc.token(k).is("its"))) {
            k++;
        }
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.PRODUCT ? m : -1;
    }
}
