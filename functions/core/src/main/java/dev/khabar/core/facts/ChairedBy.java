package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import java.util.Set;

/**
 * An organization "chaired by" or "led by" the person named after: «مجموعة “X”، برئاسة الشيخ Y», "Acme, led by chief
 * executive Jane Roe,", "the bank, headed by Jane Roe"; Y holds the title written before the name, else chairs or
 * heads X.
 */
final class ChairedBy {
    private static final String CHAIRED_BY = TextNormalizer.normalize("برئاسة");
    private static final String AND_CHAIRED_BY = TextNormalizer.normalize("وبرئاسة");
    /** English participles of heading before "by"; "chaired" makes the head the chairman. */
    private static final Set<String> HEADED = WordSet.of("led", "headed", "run", "chaired", "helmed");

    private ChairedBy() {
    }

    static void find(Doc doc, Sentence s, int i, FactCollector out) {
        String n = doc.token(i).norm();
        boolean english = HEADED.contains(n) && i + 1 < s.endToken() && doc.token(i + 1).is("by");
        if (!english && !n.equals(CHAIRED_BY) && !n.equals(AND_CHAIRED_BY)) {
            return;
        }
        int k = i - 1;
        while (k >= s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isComma(doc.token(k)) || Grammar.isQuote(doc.token(k)))
                && k > i - 3) {
            k--;
        }
        int p = RoleFacts.skipHonorifics(doc, s, english ? i + 2 : i + 1);
        RoleMatch title = english && p < s.endToken() && doc.mentionAt[p] < 0 ? RoleFacts.match(doc, p, s.endToken()) : null;
        if (title != null && !title.group()) {
            p = title.endToken(); // "led by chief executive Jane Roe"
        }
        if (k < s.firstToken() || doc.mentionAt[k] < 0 || p >= s.endToken() || doc.mentionAt[p] < 0) {
            return;
        }
        int org = doc.mentionAt[k];
        int person = doc.mentionAt[p];
        if (doc.type(org) == EntityType.ORGANIZATION && doc.type(person) == EntityType.PERSON) {
            String role = title != null && !title.group() ? title.mainRole() : english && !n.equals("chaired") ? "head" : "chairman";
            out.add(FactType.ROLE, doc.id(person), doc.id(org), null, null, null, role, null, Attributes.evidence(doc, s), 0.6);
        }
    }
}
