package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * «وقادت الجولة شركة X», «وشارك في الجولة التمويلية كل من A وB», «وشمل مستثمرو الجولة A وB», «ومن المستثمرين
 * المشاركين في الجولة A وB»: a sentence that names a round told before (the definite «الجولة») after a verb or a
 * participle of leading or taking part, or after the construct «مستثمرو» (the round's investors), names its investors
 * after it. They invest in the raiser of the round told before; the
 * sentence raises no round of its own.
 */
final class ArabicRoundInvestors {
    /** The round noun, bare of its clitics and article. */
    private static final String ROUND = "جوله";
    /** Verbs of leading or taking part in a round, which the round follows (after «في» for taking part). */
    private static final Set<String> JOINING = WordSet.of("قاد", "قادت", "يقود", "تقود", "شارك", "شاركت", "يشارك", "تشارك",
            "ساهم", "ساهمت", "يساهم", "تساهم", "اسهم", "اسهمت", "شهد", "شهدت", "ضمت", "شملت", "شمل");
    /** Participles of taking part, which the round follows after «في»: «المستثمرين المشاركين في الجولة A وB». */
    private static final Set<String> TAKING_PART = WordSet.of("المشاركين", "المشاركون", "المشاركه", "المساهمين",
            "المساهمون", "المساهمه", "مشاركين", "مشاركون", "مساهمين", "مساهمون");
    /** Verbs of leading, before a leader named ahead of the round: «وقادت شركة X الجولة». */
    static final Set<String> LEADING = WordSet.of("قاد", "قادت", "يقود", "تقود");
    /** «التمويل» after «في» and a verb of taking part: the funding told before («وشارك في التمويل A وB»). */
    private static final Set<String> FUNDING = WordSet.of("تمويل", "تمويليه");
    /** «المستثمرين» after «قائمة»: the round's investors listed. */
    private static final Set<String> INVESTORS = WordSet.of("المستثمرين", "المستثمرون");
    /** «مستثمرو الجولة», «مستثمري الجولة»: the round's investors, in the construct state; «شمل» before them is "included". */
    private static final Set<String> INVESTORS_OF = WordSet.of("مستثمرو", "مستثمري", "المستثمرين", "المستثمرون");
    /** Words between the round and the first investor's name: «كل من A وB», «شركات A وB». */
    private static final Set<String> LIST_WORDS = WordSet.of("كل", "من", "شركات", "شركتي", "صناديق", "صندوقا", "مشاركه",
            "بمشاركه", "وبمشاركه", "مستثمرون", "مستثمرين", "حاليون", "حاليين", "جدد", "مثل", "بينهم", "منهم");

    private ArabicRoundInvestors() {
    }

    /** Run after every sentence is read: the round told may come before the sentence or, missed there, later. */
    static void find(Doc doc, Sentence s, FactCollector out) {
        if (!doc.money.get(s.index()).isEmpty()) {
            return; // a sum names a round of the sentence's own
        }
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            int leader = leaderBefore(doc, s, k);
            boolean told = toldRound(doc, s, k) || leader >= 0 || investorList(doc, k);
            Fact round = told ? roundTold(s, out) : joinedIt(doc, s, k) ? roundOfPrevious(doc, s, out) : null;
            if (round == null) {
                continue;
            }
            List<String> investors = new ArrayList<>();
            if (leader >= 0) {
                investors.add(doc.id(leader)); // «وقادت شركة X الجولة بمشاركة …»
            }
            investors.addAll(investorsAfter(doc, s, k + 1, round.subject()));
            for (String investor : investors) {
                out.add(FactType.INVESTMENT, investor, round.subject(), null, null, round.date(), null, null,
                        Attributes.evidence(doc, s), 0.6);
            }
            return;
        }
    }

    /** Whether the sentence tells a round of investors before: at token k the definite round after a joining cue. */
    static boolean toldRound(Doc doc, Sentence s, int k) {
        Token t = doc.token(k);
        if (doc.mentionAt[k] >= 0 || !definiteRound(doc, s, k)) {
            return false; // «جولة تمويل» is a new round; «الجولة» the one told
        }
        int before = k - 1;
        if (before > s.firstToken() && doc.token(before).is("في")) {
            before--; // «وشارك في الجولة»
        }
        String cue = Clitics.withoutConjunction(doc.token(before).norm());
        return doc.mentionAt[before] < 0 && (JOINING.contains(cue) || INVESTORS_OF.contains(cue)
                || TAKING_PART.contains(cue) && doc.token(k - 1).is("في")
                || FUNDING.contains(Clitics.bare(t.norm())) && doc.token(k - 1).is("في") && JOINING.contains(cue))
                && doc.money.get(s.index()).isEmpty();
    }

    /** «الجولة», «جولة التمويل» (a round made definite by its genitive), «في التمويل» after a verb of taking part. */
    private static boolean definiteRound(Doc doc, Sentence s, int k) {
        Token t = doc.token(k);
        String bare = Clitics.bare(t.norm());
        boolean definite = Clitics.anyReadingDefinite(t.norm());
        boolean ofFunding = k + 1 < s.endToken() && doc.token(k + 1).norm().startsWith("ال")
                && FUNDING.contains(Clitics.bare(doc.token(k + 1).norm()));
        return bare.equals(ROUND) && (definite || ofFunding) || FUNDING.contains(bare) && definite;
    }

    /** «وقادت شركة X الجولة»: the leader named between the verb and the round told, or -1. */
    private static int leaderBefore(Doc doc, Sentence s, int k) {
        int m = k > s.firstToken() ? doc.mentionAt[k - 1] : -1;
        if (m < 0 || doc.mentionAt[k] >= 0 || !Clitics.bare(doc.token(k).norm()).equals(ROUND)
                || !Rounds.INVESTOR_TYPES.contains(doc.type(m))) {
            return -1;
        }
        int before = doc.mention(m).startToken() - 1;
        while (before > s.firstToken() && doc.mentionAt[before] < 0 && Grammar.isQuote(doc.token(before))) {
            before--;
        }
        if (before > s.firstToken() && doc.mentionAt[before] < 0 && Grammar.isArabicOrgCue(doc.token(before))) {
            before--; // «قادت شركة X»: the cue outside the name found
        }
        return before >= s.firstToken() && LEADING.contains(Clitics.withoutConjunction(doc.token(before).norm())) ? m : -1;
    }

    /** «وضمت قائمة المستثمرين A وB»: the investors' list, of the round told before. */
    private static boolean investorList(Doc doc, int k) {
        return INVESTORS.contains(doc.token(k).norm()) && doc.token(k - 1).is("قائمه");
    }

    /** «وشارك فيها A وB»: a verb of taking part, then «فيها» for the round just told. */
    private static boolean joinedIt(Doc doc, Sentence s, int k) {
        return doc.token(k).is("فيها") && k > s.firstToken() && JOINING.contains(Clitics.withoutConjunction(doc.token(k - 1).norm()));
    }

    /** The round told in the sentence just before, which «فيها» stands for; null when that sentence told none. */
    private static Fact roundOfPrevious(Doc doc, Sentence s, FactCollector out) {
        if (s.index() == 0) {
            return null;
        }
        Sentence previous = doc.sentences.get(s.index() - 1);
        Fact round = roundTold(s, out);
        return round != null && round.evidence().start() >= previous.start() && round.evidence().start() < s.start() ? round : null;
    }

    /** The last round told before the sentence, else the first told after it (its own telling was missed). */
    private static Fact roundTold(Sentence s, FactCollector out) {
        Fact before = null;
        Fact after = null;
        for (Fact f : out.all()) {
            if (f.type() != FactType.FUNDING_ROUND || f.evidence() == null) {
                continue;
            }
            if (f.evidence().start() < s.start()) {
                before = before == null || f.evidence().start() > before.evidence().start() ? f : before;
            } else if (after == null || f.evidence().start() < after.evidence().start()) {
                after = f;
            }
        }
        return before != null ? before : after;
    }

    /** The names after the round phrase (its adjectives, «كل من», a cue noun, quotes), then the list they open. */
    private static List<String> investorsAfter(Doc doc, Sentence s, int k, String raiser) {
        int from = k;
        while (k < s.endToken() && k - from < 6 && doc.mentionAt[k] < 0 && (doc.token(k).norm().startsWith("ال")
                || LIST_WORDS.contains(doc.token(k).norm()) || Grammar.isQuote(doc.token(k)) || Grammar.isArabicOrgCue(doc.token(k)))) {
            k++; // «الجولة التمويلية الجديدة كل من شركة "X"»
        }
        List<String> investors = new ArrayList<>();
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (m < 0 || !Rounds.INVESTOR_TYPES.contains(doc.type(m))) {
            return investors;
        }
        investors.add(doc.id(m));
        NameLists.listAfter(doc, s, m, Grammar.clauseEnd(doc, k, s), Rounds.INVESTOR_TYPES, raiser, investors);
        investors.remove(raiser);
        return investors;
    }
}
