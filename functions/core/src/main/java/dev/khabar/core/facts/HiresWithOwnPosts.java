package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Sentence;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "appointed A as chief financial officer and B as chief technology officer", "named A CFO, B COO and C CTO": after
 * the first one hired and the post given, more people joined by "and" or commas, each with a post of their own, are
 * hired by the same employer into those posts. («تعيين A رئيسا تنفيذيا وB مديرا ماليا» is read by the accusative
 * title after each name.)
 */
final class HiresWithOwnPosts {
    private HiresWithOwnPosts() {
    }

    /** The people named after the post ending at {@code postEnd}, each with the post given to them, in order. */
    static Map<Integer, String> after(Doc doc, Sentence s, int postEnd) {
        Map<Integer, String> out = new LinkedHashMap<>();
        int k = postEnd;
        while (k + 1 < s.endToken()) {
            int at = k;
            if (Grammar.isComma(doc.token(at))) {
                at++;
            }
            if (at < s.endToken() && doc.token(at).is("and")) {
                at++;
            }
            if (at == k || at >= s.endToken()) {
                break;
            }
            int m = doc.mentionAt[at];
            if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != at) {
                break;
            }
            TakenRoles.Taken post = TakenRoles.roleAs(doc, s, at);
            if (post == null || post.role() == null || post.endToken() <= doc.mention(m).endToken()) {
                break;
            }
            out.put(m, post.role());
            k = post.endToken();
        }
        return out;
    }
}
