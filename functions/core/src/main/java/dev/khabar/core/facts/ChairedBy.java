package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;

/**
 * «مجموعة “X”، برئاسة الشيخ Y»: an organization "chaired by" the person named after برئاسة; Y chairs X.
 */
final class ChairedBy {
    private static final String CHAIRED_BY = TextNormalizer.normalize("برئاسة");
    private static final String AND_CHAIRED_BY = TextNormalizer.normalize("وبرئاسة");

    private ChairedBy() {
    }

    static void find(Doc doc, Sentence s, int i, FactCollector out) {
        String n = doc.token(i).norm();
        if (!n.equals(CHAIRED_BY) && !n.equals(AND_CHAIRED_BY)) {
            return;
        }
        int k = i - 1;
        while (k >= s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isComma(doc.token(k)) || Grammar.isQuote(doc.token(k)))
                && k > i - 3) {
            k--;
        }
        int p = RoleFacts.skipHonorifics(doc, s, i + 1);
        if (k < s.firstToken() || doc.mentionAt[k] < 0 || p >= s.endToken() || doc.mentionAt[p] < 0) {
            return;
        }
        int org = doc.mentionAt[k];
        int person = doc.mentionAt[p];
        if (doc.type(org) == EntityType.ORGANIZATION && doc.type(person) == EntityType.PERSON) {
            out.add(FactType.ROLE, doc.id(person), doc.id(org), null, null, null, "chairman", null, Attributes.evidence(doc, s), 0.6);
        }
    }
}
