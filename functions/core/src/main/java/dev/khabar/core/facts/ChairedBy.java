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
        if (english && k >= s.firstToken() && doc.mentionAt[k] < 0) {
            k = apposedOrganization(doc, s, k); // "Addvest, the venture capital firm headed by X"
        }
        int p = RoleFacts.skipHonorifics(doc, s, english ? i + 2 : i + 1);
        if (english) {
            p = pastFormerPost(doc, s, p); // "headed by former Halden Partners executive Mira Osei"
        }
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

    /** Articles that open an apposed description of a company: "Addvest, the venture capital firm headed by". */
    private static final Set<String> ARTICLES = WordSet.of("the", "a", "an");
    /** How many words may describe the company between its article and its noun: "the venture capital firm". */
    private static final int DESCRIPTION_WORDS = 4;

    /**
     * "Addvest, the venture capital firm headed by X", "Orvane, a bank headed by X": from the company noun at {@code k}
     * back past its article and comma to the organization it describes; {@code k} when no such apposition stands there.
     */
    private static int apposedOrganization(Doc doc, Sentence s, int k) {
        if (!RoleEmployers.COMPANY_NOUNS.contains(doc.token(k).norm())) {
            return k;
        }
        for (int j = k - 1; j > s.firstToken() + 1 && j >= k - DESCRIPTION_WORDS - 1; j--) {
            if (doc.mentionAt[j] >= 0 || Grammar.isComma(doc.token(j))) {
                return k;
            }
            if (ARTICLES.contains(doc.token(j).norm())) {
                int m = Grammar.isComma(doc.token(j - 1)) ? doc.mentionAt[j - 2] : -1;
                return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? j - 2 : k;
            }
        }
        return k;
    }

    /**
     * "headed by former Halden Partners executive Mira Osei": a description of the head by a post elsewhere, "(former)
     * ORG title", read past to the name after it; {@code p} itself when no such description stands there.
     */
    private static int pastFormerPost(Doc doc, Sentence s, int p) {
        int q = p < s.endToken() && doc.token(p).is("former") ? p + 1 : p;
        int m = q < s.endToken() ? doc.mentionAt[q] : -1;
        if (m < 0 || doc.type(m) != EntityType.ORGANIZATION || doc.mention(m).endToken() >= s.endToken()) {
            return p;
        }
        int after = doc.mention(m).endToken();
        RoleMatch post = doc.mentionAt[after] < 0 ? RoleFacts.match(doc, after, s.endToken()) : null;
        int named = post == null ? -1 : post.endToken();
        return named >= 0 && named < s.endToken() && doc.mentionAt[named] >= 0
                && doc.type(doc.mentionAt[named]) == EntityType.PERSON ? named : p;
    }
}
