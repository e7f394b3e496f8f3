package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * «أعطت الحكومة الضوء الأخضر لشركة X لرفع حصتها في Y»: the one given the green light does the deal that follows, not
 * the one who gives it; the giver only rules on it.
 */
final class ArabicPermissions {
    /** How far before the deal's word the green light may stand. */
    private static final int REACH = 12;
    /** How many words after «الأخضر» the name given it may start: «لمجموعة الاتصالات "X"». */
    private static final int NAME_REACH = 4;

    private ArabicPermissions() {
    }

    /** The mention given the green light before the trigger, or -1. */
    static int permitted(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        for (int k = tr.startToken() - 1; k > Math.max(s.firstToken(), tr.startToken() - REACH); k--) {
            if (!doc.token(k).is("الاخضر") || !Clitics.withoutConjunction(doc.token(k - 1).norm()).equals("الضوء")
                    || k + 1 >= tr.startToken() || !doc.token(k + 1).norm().startsWith("ل")) {
                continue;
            }
            for (int j = k + 1; j < Math.min(tr.startToken(), k + 1 + NAME_REACH); j++) {
                int m = doc.mentionAt[j];
                if (m >= 0) {
                    return types.contains(doc.type(m)) ? m : -1;
                }
            }
            return -1;
        }
        return -1;
    }
}
