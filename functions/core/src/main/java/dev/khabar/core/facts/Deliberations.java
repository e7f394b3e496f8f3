package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "is mulling a bid for X", "is weighing an offer", "would consider awarding", «تدرس شركة X الاستحواذ على», «تبحث
 * إمكانية الاستحواذ»: a deal its doer is only thinking over, not yet an attempt, which is no fact.
 */
final class Deliberations {
    /** Verbs of thinking a deal over. */
    private static final Set<String> WEIGHING = WordSet.of("mulling", "mulls", "mulled", "considering", "considers",
            "consider", "weighing", "weighs", "exploring", "explores", "eyeing", "studying", "تدرس", "يدرس", "ستدرس",
            "سيدرس", "تبحث", "يبحث", "تفكر", "يفكر");
    /** Words between that verb and the deal: "a possible bid", "whether to buy", «إمكانية», «فكرة», «في». */
    private static final Set<String> BETWEEN = WordSet.of("a", "an", "the", "possible", "potential", "new", "fresh",
            "rival", "counter", "its", "their", "whether", "to", "في", "امكانيه", "فكره", "احتمال");
    private static final Set<FactType> DEALS = Set.of(FactType.INVESTMENT, FactType.ACQUISITION, FactType.FUNDING_ROUND,
            FactType.PARTNERSHIP, FactType.CONTRACT, FactType.PRODUCT_LAUNCH);
    /** How many words may stand between the verb and the deal, its Arabic doer's name counting as one. */
    private static final int REACH = 4;

    private Deliberations() {
    }

    /** Whether the deal the trigger states is only thought over by its doer. */
    static boolean weighed(Doc doc, Sentence s, Trigger tr) {
        if (!DEALS.contains(tr.type())) {
            return false;
        }
        int k = tr.startToken() - 1;
        for (int steps = 0; steps < REACH && k >= s.firstToken(); steps++) {
            if (tr.arabic() && doc.mentionAt[k] >= 0) {
                k = doc.mention(doc.mentionAt[k]).startToken() - 1; // «تدرس شركة X الاستحواذ»: past the doer and its cue
                if (k >= s.firstToken() && Grammar.isArabicOrgCue(doc.token(k))) {
                    k--;
                }
                continue;
            }
            String n = Clitics.withoutConjunction(doc.token(k).norm());
            if (WEIGHING.contains(n)) {
                return true;
            }
            if (!BETWEEN.contains(n)) {
                return false;
            }
            k--;
        }
        return false;
    }
}
