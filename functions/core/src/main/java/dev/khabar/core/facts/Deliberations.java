package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "is mulling a bid for X", "is weighing an offer", "would consider awarding", "may be interested in a takeover of X"
 * (an interest is no bid), «تدرس شركة X الاستحواذ على», «تبحث إمكانية الاستحواذ», «بدء دراسات إطلاق X»: a deal its
 * doer is only thinking over or studying, not yet an attempt, which is no fact. So is one only talked of: "discussed
 * ways of cooperation", «عقدت X اجتماعا مع Y لبحث سبل التعاون», "partnership talks". A launch only planned ("plans to
 * launch X", "will unveil X", «تعتزم إطلاق», «ستطلق») has not happened either: the product is not out, so there is no
 * launch yet (where a planned deal is still an attempt, a planned product is nothing).
 */
final class Deliberations {
    /** Verbs of thinking a deal over or talking of it. */
    private static final Set<String> WEIGHING = WordSet.of("mulling", "mulls", "mulled", "considering", "considers",
            "consider", "weighing", "weighs", "exploring", "explores", "explore", "eyeing", "studying", "interested", "discuss",
            "discussed", "discusses", "discussing", "تدرس", "يدرس", "ستدرس", "سيدرس", "تبحث", "يبحث", "تفكر", "يفكر", "بحث",
            "بحثت", "بحثا", "ناقش", "ناقشت", "ناقشا", "مناقشه", "تناقش", "يناقش", "استعرض", "استعرضت", "استعراض",
            "دراسه", "دراسات"); // «دراسات إطلاق القمر», «دراسة الاستحواذ على X»: a study of it
    /** Verbs and nouns of a plan or a future before a launch: "plans to launch", «تعتزم إطلاق», «أعلنت عزمها طرح». */
    private static final Set<String> PLANNING = WordSet.of("plans", "plan", "planning", "planned", "intends", "intend",
            "aims", "aim", "aiming", "hopes", "expected", "set", "preparing", "prepares", "will", "would", "shall",
            "tomorrow", "تعتزم", "يعتزم", "تخطط", "يخطط", "تنوي", "ينوي", "تسعي", "يسعي", "تستعد", "يستعد", "تعكف", "يعكف",
            "عزمها", "عزمه", "نيتها", "نيته", "خطه", "خطط", "خططها", "خططا", "تتجه", "يتجه", "بصدد");
    /** Future forms of the Arabic launch verbs: «ستطلق», «سيطرح», «ستكشف عن». */
    private static final Set<String> FUTURE_LAUNCH = WordSet.of("ستطلق", "سيطلق", "ستطرح", "سيطرح", "ستكشف", "سيكشف",
            "ستدشن", "سيدشن", "ستقدم", "سيقدم");
    /** Words between that verb and the deal: "a possible bid", "whether to buy", "ways of", «إمكانية», «سبل», «في». */
    private static final Set<String> BETWEEN = WordSet.of("a", "an", "the", "in", "possible", "potential", "new", "fresh",
            "rival", "counter", "its", "their", "whether", "to", "be", "في", "امكانيه", "فكره", "احتمال", "الي", "علي", "ways",
            "opportunities", "areas", "prospects", "of", "for", "with", "مع", "سبل", "اوجه", "افاق", "مجالات", "فرص", "تعزيز",
            "تطوير", "توسيع");
    /** Nouns after a deal's own noun that make it a subject talked of: "partnership talks", "contract negotiations". */
    private static final Set<String> TALKS = WordSet.of("talks", "negotiations", "discussions");
    /** The deals a word of talks after their noun leaves untold (a takeover in talks is told by the bid rules). */
    private static final Set<FactType> TALKED_OF = Set.of(FactType.PARTNERSHIP, FactType.CONTRACT);
    private static final Set<FactType> DEALS = Set.of(FactType.INVESTMENT, FactType.ACQUISITION, FactType.FUNDING_ROUND,
            FactType.PARTNERSHIP, FactType.CONTRACT, FactType.PRODUCT_LAUNCH);
    /**
     * How many words may stand between the verb and the deal, an Arabic name counting as one: «بحث بنك X مع شركة Y
     * أوجه التعاون».
     */
    private static final int REACH = 6;

    private Deliberations() {
    }

    /** Whether the deal the trigger states is only thought over by its doer. */
    static boolean weighed(Doc doc, Sentence s, Trigger tr) {
        if (!DEALS.contains(tr.type())) {
            return false;
        }
        boolean launch = tr.type() == FactType.PRODUCT_LAUNCH;
        if (launch && FUTURE_LAUNCH.contains(Clitics.withoutConjunction(doc.token(tr.startToken()).norm()))) {
            return true;
        }
        if (!tr.arabic() && TALKED_OF.contains(tr.type()) && tr.endToken() < s.endToken()
                && TALKS.contains(doc.token(tr.endToken()).norm())) {
            return true;
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
            String n = doc.token(k).norm();
            if (Clitics.in(WEIGHING, n) || launch && Clitics.in(PLANNING, n)
                    || tr.arabic() && n.startsWith("ل") && WEIGHING.contains(n.substring(1))) {
                return true; // «لبحث سبل التعاون»: the verbal noun of purpose after ل
            }
            if (!Clitics.in(BETWEEN, n)) {
                return false;
            }
            k--;
        }
        return false;
    }
}
