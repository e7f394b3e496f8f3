package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * «شركة "X" المدعومة من شركة "Y"», «X، المدعومة من قبل Y و Z»: a company described as backed by investors — each
 * investor holds a stake in it (INVESTMENT investor → company).
 */
final class ArabicBacking {
    private static final Set<String> BACKED = Set.of("مدعومه", "مدعوم", "المدعومه", "المدعوم", "ممول", "مموله", "الممول", "المموله");
    private static final Set<EntityType> INVESTORS = Set.of(EntityType.ORGANIZATION, EntityType.PERSON);

    private ArabicBacking() {
    }

    /** Active verbs of backing whose object is the company's pronoun: «وتدعمها شركات … مثل A و B». */
    private static final Set<String> BACKS_IT = Set.of("تدعمها", "يدعمها", "تدعمه", "يدعمه", "تمولها", "يمولها", "تموله", "يموله");

    static void find(Doc doc, Sentence s, FactCollector out) {
        backsIt(doc, s, out);
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !BACKED.contains(Clitics.withoutConjunction(doc.token(k).norm()))
                    || !doc.token(k + 1).is("من")) {
                continue;
            }
            int backed = companyBefore(doc, s, k);
            if (backed < 0) {
                continue;
            }
            int from = k + 2 < s.endToken() && doc.token(k + 2).is("قبل") ? k + 3 : k + 2;
            for (String investor : investors(doc, s, from)) {
                out.add(FactType.INVESTMENT, investor, doc.id(backed), null, null,
                        Attributes.date(doc, s, k, FactType.INVESTMENT), null, null, Attributes.evidence(doc, s), 0.6);
            }
        }
    }

    /**
     * «تأسست شركة X … وتدعمها شركات رأس المال الاستثماري مثل A و B»: the pronoun stands for the sentence's company,
     * and the investors are named after «مثل» or after a company noun.
     */
    private static void backsIt(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !BACKS_IT.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                continue;
            }
            int backed = -1;
            for (int m : doc.mentionsIn(s.firstToken(), k)) {
                if (doc.type(m) == EntityType.ORGANIZATION) {
                    backed = m;
                    break;
                }
            }
            int from = namedInvestors(doc, s, k + 1);
            if (backed < 0 || from < 0) {
                continue;
            }
            for (String investor : investors(doc, s, from)) {
                if (!investor.equals(doc.id(backed))) {
                    out.add(FactType.INVESTMENT, investor, doc.id(backed), null, null,
                            Attributes.date(doc, s, k, FactType.INVESTMENT), null, null, Attributes.evidence(doc, s), 0.6);
                }
            }
        }
    }

    /** Where the investors' names start after the verb: after «مثل» ending their description, or at a company noun; -1. */
    private static int namedInvestors(Doc doc, Sentence s, int from) {
        if (from < s.endToken() && Grammar.isArabicOrgCue(doc.token(from)) && from + 1 < s.endToken() && doc.mentionAt[from + 1] >= 0) {
            return from;
        }
        for (int k = from; k < Math.min(s.endToken(), from + 7); k++) {
            if (doc.mentionAt[k] >= 0) {
                return -1;
            }
            if (DealParties.LIKES.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The company the participle describes: the organization right before it, past quotes, a comma or a nationality. */
    private static int companyBefore(Doc doc, Sentence s, int k) {
        int j = k - 1;
        while (j >= s.firstToken() && doc.mentionAt[j] < 0 && (Grammar.isQuote(doc.token(j)) || Grammar.isComma(doc.token(j)))) {
            j--;
        }
        if (j >= s.firstToken() && doc.mentionAt[j] >= 0 && doc.type(doc.mentionAt[j]) == EntityType.LOCATION) {
            j = doc.mention(doc.mentionAt[j]).startToken() - 1; // «كيتوبي الإماراتية المدعومة من»
            while (j >= s.firstToken() && doc.mentionAt[j] < 0 && Grammar.isQuote(doc.token(j))) {
                j--;
            }
        }
        return j >= s.firstToken() && doc.mentionAt[j] >= 0 && doc.type(doc.mentionAt[j]) == EntityType.ORGANIZATION
                ? doc.mentionAt[j] : -1;
    }

    /** The investors named after «من»: past a cue noun and quotes, then a list joined by و or commas. */
    private static List<String> investors(Doc doc, Sentence s, int from) {
        List<String> out = new ArrayList<>();
        int k = from;
        while (k < s.endToken() && k < from + 3 && doc.mentionAt[k] < 0
                && (Grammar.isQuote(doc.token(k)) || Grammar.isArabicOrgCue(doc.token(k)))) {
            k++;
        }
        if (k >= s.endToken() || doc.mentionAt[k] < 0 || !INVESTORS.contains(doc.type(doc.mentionAt[k]))) {
            return out;
        }
        out.add(doc.id(doc.mentionAt[k]));
        NameLists.listAfter(doc, s, doc.mentionAt[k], Grammar.clauseEnd(doc, k, s), INVESTORS, null, out);
        return out;
    }
}
