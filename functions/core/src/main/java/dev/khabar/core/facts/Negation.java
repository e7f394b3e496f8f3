package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.Set;

/**
 * "did not acquire X", "has never invested in X", «لم تستثمر في X», «لن تستحوذ على X»: a deal the sentence denies
 * happened, which is no fact (the contract's attempted and failed are for deals tried; "failed to buy" stays failed).
 */
final class Negation {
    private static final Set<String> ENGLISH = WordSet.of("not", "never", "n't", "no");
    /** Auxiliaries that may stand between the negation and the verb: "has not yet", "did not". */
    private static final Set<String> BETWEEN = WordSet.of("yet", "ever", "been", "be", "have", "has", "directly");
    /** Particles denying the Arabic verb right after them; «عدم» the verbal noun after it. */
    private static final Set<String> ARABIC = WordSet.of("لم", "لن", "عدم");
    /** How far before the trigger the negation may stand: "has not yet been". */
    private static final int REACH = 3;

    private Negation() {
    }

    /** Whether the deal the trigger at {@code trigger} states is denied; "not only acquired" affirms it. */
    static boolean denied(Doc doc, Sentence s, int trigger) {
        Token verb = doc.token(trigger);
        if (verb.script() == Script.ARABIC) {
            return trigger - 1 >= s.firstToken() && Clitics.in(ARABIC, doc.token(trigger - 1).norm());
        }
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - REACH); k--) {
            Token t = doc.token(k);
            if (ENGLISH.contains(t.norm())) {
                return !(k + 1 < s.endToken() && doc.token(k + 1).is("only"));
            }
            if (!BETWEEN.contains(t.norm())) {
                return false;
            }
        }
        return false;
    }
}
