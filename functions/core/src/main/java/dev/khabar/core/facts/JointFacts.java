package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "the two firms started collaborating", «وستعمل الشركتان معًا»: a partnership whose parties are named only as a pair.
 * The pair is the two parties of the deal the text told last.
 */
final class JointFacts {
    private static final Set<String> ARABIC_DUALS = WordSet.of("الشركتان", "الشركتين", "الطرفان", "الطرفين", "المجموعتان",
            "المجموعتين");
    private static final Set<String> ENGLISH_PAIR_NOUNS = WordSet.of("companies", "firms", "groups", "sides", "parties");
    private static final Set<String> TOGETHER = WordSet.of("معا", "together", "jointly");

    private JointFacts() {
    }

    /** A dual noun phrase ("the two companies", "both firms", الشركتان) within a few words of token i. */
    static boolean dualNear(Doc doc, Sentence s, int i) {
        return dualIn(doc, Math.max(s.firstToken(), i - 6), Math.min(s.endToken(), i + 6), true) >= 0;
    }

    /**
     * Where a noun phrase naming the pair starts in [from, to), or -1. A plain plural ("The companies announced the
     * partnership") counts only when {@code plural} is allowed.
     */
    private static int dualIn(Doc doc, int from, int to, boolean plural) {
        for (int k = from; k < to; k++) {
            String n = doc.token(k).norm();
            if (ARABIC_DUALS.contains(Clitics.withoutConjunction(n))) {
                return k;
            }
            boolean pairWord = n.equals("two") || n.equals("both") || (plural && n.equals("the"));
            if (pairWord && k + 1 < to && ENGLISH_PAIR_NOUNS.contains(doc.token(k + 1).norm())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean strictDual(Doc doc, int k) {
        return !doc.token(k).is("the");
    }

    /**
     * A pair deal told before the dual noun: in an earlier sentence, or in this one with both parties named before it
     * ("The two companies said they would team up … facing the takeover of X by Y": X and Y are not the two).
     */
    private static boolean toldBefore(Doc doc, Sentence s, Fact f, int dual) {
        if (f.evidence() == null || f.evidence().start() < s.start()) {
            return true;
        }
        boolean subject = false;
        boolean object = false;
        for (int m : doc.mentionsIn(s.firstToken(), dual)) {
            subject |= doc.id(m).equals(f.subject());
            object |= doc.id(m).equals(f.object());
        }
        return subject && object;
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        int dual = dualIn(doc, s.firstToken(), s.endToken(), true);
        if (dual < 0) {
            return;
        }
        boolean strict = strictDual(doc, dual);
        int trigger = -1;
        for (int k = Math.max(s.firstToken(), dual - 6); k < Math.min(s.endToken(), dual + 8); k++) {
            var tr = doc.mentionAt[k] < 0 ? doc.trigger(k, s.endToken()) : null;
            // a plain plural pairs only with a partnership word of its own ("the companies signed a termination agreement")
            boolean partnership = tr != null && tr.type() == FactType.PARTNERSHIP && (strict || !tr.marked());
            if (partnership || strict && TOGETHER.contains(Clitics.bare(doc.token(k).norm()))) {
                trigger = k;
                break;
            }
        }
        Fact pair = trigger < 0 ? null : out.lastPair(f -> toldBefore(doc, s, f, dual));
        if (pair == null) {
            return;
        }
        out.add(FactType.PARTNERSHIP, pair.subject(), pair.object(), null, null,
                Attributes.date(doc, s, trigger, FactType.PARTNERSHIP), null, null, Attributes.evidence(doc, s), 0.6);
    }
}
