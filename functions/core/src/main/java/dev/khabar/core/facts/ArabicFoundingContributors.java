package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * «وافق المجلس على تأسيس X بمساهمة A، وB، وC», «تأسست X عام 2010 بمشاركة A و B»: the founding of a company "with
 * the contribution (participation) of" others names its founders, each of them one; the one approving or attending
 * founds nothing.
 */
final class ArabicFoundingContributors {
    /** Words of founding, read without «و», the article or a preposition: the verbal noun, passive and active verbs. */
    private static final Set<String> FOUNDING = WordSet.of("تاسيس", "تاسست", "تاسس", "اسست", "اسس", "انشاء");
    /** «بمساهمة», «بمشاركة»: "with the contribution (participation) of". */
    private static final Set<String> CONTRIBUTION = WordSet.of("بمساهمه", "بمشاركه");
    /** «بمشاركة» tells founders only after a verb of founding; after the verbal noun it is often those attending. */
    private static final Set<String> PARTICIPATION = WordSet.of("بمشاركه");
    /** The verbal noun of founding: «تأسيس». */
    private static final Set<String> VERBAL_NOUN = WordSet.of("تاسيس", "انشاء");
    /** Nouns of a celebration that govern a founding told as past: «ذكرى تأسيس X», «احتفال بتأسيس X», «عيد». */
    private static final Set<String> CELEBRATIONS = WordSet.of("ذكرى", "ذكري", "ذكره", "عيد", "احتفال", "احتفالا",
            "احتفالات", "احتفاليه", "يوبيل", "اليوبيل", "حفل");
    /** «عام 2020», «في 2020»: the words that give a founding's year. */
    private static final Set<String> YEAR_WORDS = WordSet.of("عام", "سنه", "في");
    /** Words opening a clause of their own: «كما», «فيما», «بينما», «حيث». */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("كما", "فيما", "بينما", "حيث", "اذ");
    /** «بالشراكة مع Y», «بالتعاون مع Y»: the partner named on the way to the founders, no party of its own. */
    private static final Set<String> PARTNERING = WordSet.of("شراكه", "تعاون", "تنسيق");
    /** How many tokens may stand between the founded company and «بمساهمة»: a year, its nationality, a quote. */
    private static final int REACH = 5;

    private ArabicFoundingContributors() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !Clitics.anyReadingIn(FOUNDING, doc.token(k).norm())) {
                continue;
            }
            int company = ArabicOrders.companyAt(doc, s, k + 1);
            int marker = company < 0 ? -1 : markerAfter(doc, s, doc.mention(company).endToken());
            if (marker < 0 && company >= 0) {
                marker = appendedMarker(doc, s, company);
            }
            int first = marker < 0 ? -1 : TriggerFacts.firstAfter(doc, s, marker + 1, Math.min(s.endToken(), marker + 3),
                    ORGANIZATION, null);
            if (first < 0 || doc.type(company) != EntityType.ORGANIZATION || celebrated(doc, s, k)
                    || PARTICIPATION.contains(doc.token(marker).norm()) && Clitics.anyReadingIn(VERBAL_NOUN, doc.token(k).norm())) {
                continue; // «احتفل البنك بذكرى تأسيس X بمشاركة A»: A attends, it founds nothing
            }
            List<String> founders = new ArrayList<>(List.of(doc.id(first)));
            NameLists.listAfter(doc, s, first, s.endToken(), ORGANIZATION, doc.id(first), founders);
            JointVentures.addFounders(doc, s, founders, doc.id(company), Attributes.date(doc, s, k, FactType.FOUNDED), out);
            return;
        }
    }

    /** Whether a noun of celebration governs the founding word: «بذكرى تأسيس», «الاحتفال بتأسيس», «عيد لتأسيس». */
    private static boolean celebrated(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= s.firstToken() && j >= k - 2; j--) {
            if (Clitics.anyReadingIn(CELEBRATIONS, doc.token(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * «وافق المجلس على تأسيس X لتشغيل الشبكة بالشراكة مع Y، بمساهمة A، وB»: the contribution set off by a comma at the
     * end of the founding's sentence, past what the company is for; -1 when none, or when another founding comes first.
     */
    private static int appendedMarker(Doc doc, Sentence s, int company) {
        for (int k = doc.mention(company).endToken() + 1; k < s.endToken(); k++) {
            if (Clitics.anyReadingIn(FOUNDING, doc.token(k).norm()) || newClause(doc, s, k) || otherParty(doc, s, k, doc.id(company))) {
                return -1;
            }
            if (CONTRIBUTION.contains(doc.token(k).norm()) && !PARTICIPATION.contains(doc.token(k).norm())
                    && Grammar.isComma(doc.token(k - 1))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * «، ونمت أرباح …», «، كما أقر …», «، فيما …»: a new clause after a comma, whose «بمساهمة» tells what that clause
     * is about, not the founding; a conjunction on a name («، وB») still lists.
     */
    private static boolean newClause(Doc doc, Sentence s, int k) {
        if (k - 1 < s.firstToken() || !Grammar.isComma(doc.token(k - 1)) || doc.mentionAt[k] >= 0) {
            return false;
        }
        String w = doc.token(k).norm();
        return Clitics.in(CLAUSE_OPENERS, w) || w.startsWith("و") && w.length() > 2
                && !CONTRIBUTION.contains(w.substring(1)) && !CONTRIBUTION.contains(w);
    }

    /**
     * An organization named before the marker, other than the founded one and the partner of «بالشراكة مع Y»: the
     * marker may be its.
     */
    private static boolean otherParty(Doc doc, Sentence s, int k, String founded) {
        int m = doc.mentionAt[k];
        if (m < 0 || doc.mention(m).startToken() != k || doc.type(m) != EntityType.ORGANIZATION || doc.id(m).equals(founded)) {
            return false;
        }
        int j = k - 1;
        while (j > s.firstToken() && (Grammar.isArabicOrgCue(doc.token(j)) || Grammar.isQuote(doc.token(j)))) {
            j--;
        }
        return !(j - 1 >= s.firstToken() && doc.token(j).is("مع") && PARTNERING.contains(Clitics.bare(doc.token(j - 1).norm())));
    }

    /** The «بمساهمة» a few tokens after the founded company, past its year, nationality and quotes only, or -1. */
    private static int markerAfter(Doc doc, Sentence s, int from) {
        for (int k = from; k < s.endToken() && k < from + REACH; k++) {
            Token t = doc.token(k);
            if (CONTRIBUTION.contains(t.norm())) {
                return k;
            }
            if (doc.mentionAt[k] >= 0 || !JointVentures.filler(t) && !YEAR_WORDS.contains(t.norm())) {
                return -1;
            }
        }
        return -1;
    }
}
