package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.numbers.Quantity;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The share a buyer takes, read after the trigger: "15% of", "a third of", "حصة أقلية", "a controlling stake". Less
 * than half of a company is an investment in it; more than half (or control) is its acquisition.
 */
final class Stakes {
    enum Size { NONE, STAKE, MINORITY, MAJORITY }

    private static final BigDecimal HALF = new BigDecimal(50);
    private static final Set<String> PERCENT = WordSet.of("%", "٪", "percent", "per", "بالمئه", "بالمائه", "المئه",
            "المائه", "بالماءه", "في");
    private static final Set<String> MINOR_FRACTIONS = WordSet.of("third", "quarter", "fifth", "tenth", "ثلث", "ربع", "خمس",
            "عشر");
    /** Fractions that need no "من" in Arabic: «اشترت ثلث شركة X» (خمس and عشر are also five and ten). */
    private static final Set<String> ARABIC_CONSTRUCT_FRACTIONS = WordSet.of("ثلث", "ربع");
    private static final Set<String> MINOR = WordSet.of("minority", "اقليه");
    /**
     * "a small stake", «حصة صغيرة»: sizes that make a minority only beside a stake noun; "acquired a small startup" is
     * the whole of a small company.
     */
    private static final Set<String> SMALL = WordSet.of("small", "صغيره");
    private static final Set<String> MAJOR = WordSet.of("majority", "controlling", "اغلبيه", "غالبيه", "مسيطره",
            "الاغلبيه", "الاكبر", "كامل", "كامله");
    /** Stake nouns, bare of their clitics: singular, plural, the plural's accusative («حصصا») and with the owner's pronoun. */
    private static final Set<String> STAKE = WordSet.of("stake", "stakes", "حصه", "حصص", "حصصا", "حصتها", "حصته", "حصصها");

    private Stakes() {
    }

    /** Selling, offloading, exiting or cutting a stake: the one who does it gives the stake up, it invests nothing. */
    private static final Set<String> SALE = WordSet.of("بيع", "باع", "باعت", "يبيع", "تبيع", "سيبيع", "ستبيع", "تخارج",
            "تخارجت", "التخارج", "sale", "sell", "sells", "sold", "selling", "divest", "divested", "divests", "divesting",
            "offload", "offloads", "offloaded", "offloading", "exit", "exits", "exited", "exiting", "dispose", "disposed",
            "disposal", "unload", "unloaded", "unloads", "trim", "trimmed", "trims", "reduce", "reduced", "reduces");

    static boolean isStakeWord(Token t) {
        return STAKE.contains(Clitics.bare(t.norm()));
    }

    /** "بيع حصة", «بيع 51% من حصتها», "the sale of a stake", "sold its stake": a stake changing hands names its seller first. */
    static boolean soldBefore(Doc doc, Sentence s, int trigger) {
        for (int k = Math.max(s.firstToken(), trigger - 4); k < trigger; k++) {
            if (Grammar.anyReading(SALE, doc.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** The share stated around a stake noun: "a majority stake", «حصة أغلبية», "a 10% stake". */
    static Size around(Doc doc, Sentence s, int stakeWord) {
        int from = stakeWord;
        while (from > s.firstToken() && from > stakeWord - 3 && doc.mentionAt[from - 1] < 0) {
            from--;
        }
        return after(doc, s, from);
    }

    /**
     * The share stated after a trigger; after an Arabic verb the owner comes first: «وتملك مجموعة X الألمانية 5% في Y»,
     * its name often in quotes: «ويملك صندوق "X" 25% من Y».
     */
    static Size afterTrigger(Doc doc, Sentence s, Trigger tr) {
        Size size = after(doc, s, tr.endToken());
        int k = tr.endToken();
        while (tr.arabic() && size == Size.NONE && k < s.endToken() && k < tr.endToken() + 2 && doc.mentionAt[k] < 0
                && (Grammar.isArabicOrgCue(doc.token(k)) || Grammar.isQuote(doc.token(k)))) { // «شركة "X"»
            k++;
        }
        if (tr.arabic() && size == Size.NONE && k < s.endToken() && doc.mentionAt[k] >= 0) {
            // «واشترت شركة X الواقعة في دبي حصة في Y»: the owner's seat, set between it and the share, is passed over
            size = after(doc, s, LocationFacts.pastSeat(doc, s, doc.mention(doc.mentionAt[k]).endToken()));
        }
        return size;
    }

    /**
     * The size of the share stated in the words from token {@code from}, before the next name: "15% of", "a third of",
     * «حصة أسهم تم طرحها حديثا بنسبة 33%».
     */
    static Size after(Doc doc, Sentence s, int from) {
        boolean stake = false;
        int end = Math.min(s.endToken(), from + 6);
        for (int k = from; k < end; k++) {
            if (doc.mentionAt[k] >= 0) {
                break;
            }
            Token t = doc.token(k);
            String bare = Clitics.bare(t.norm());
            Quantity q = t.isWord() ? null : NumberReader.read(doc.tokens, k, end);
            if (q != null && q.endToken() < end && PERCENT.contains(Clitics.bare(doc.token(q.endToken()).norm()))
                    && (!doc.token(q.endToken()).is("في") || followsPercentWord(doc, q.endToken() + 1, end))) {
                return q.value().compareTo(HALF) <= 0 ? Size.MINORITY : Size.MAJORITY; // half is shared, not control
            }
            if (MINOR_FRACTIONS.contains(bare) && k + 1 < end && (doc.token(k + 1).is("of") || doc.token(k + 1).is("من"))
                    || ARABIC_CONSTRUCT_FRACTIONS.contains(t.norm())) {
                return Size.MINORITY;
            }
            if (MINOR.contains(bare) || SMALL.contains(bare) && besideStake(doc, s, k)) {
                return Size.MINORITY;
            }
            if (MAJOR.contains(bare)) {
                return Size.MAJORITY;
            }
            if (STAKE.contains(bare) && !stake) {
                stake = true;
                end = Math.min(s.endToken(), k + 8); // the size may come later in the stake's own phrase
            }
        }
        return stake ? Size.STAKE : Size.NONE;
    }

    /** A stake noun right before or after token {@code k}: "small stake", «حصة صغيرة». */
    private static boolean besideStake(Doc doc, Sentence s, int k) {
        return k + 1 < s.endToken() && STAKE.contains(Clitics.bare(doc.token(k + 1).norm()))
                || k > s.firstToken() && STAKE.contains(Clitics.bare(doc.token(k - 1).norm()));
    }

    /** Words that set a stake's size beside its owner: «حصة X البالغة 24%», «حصة X بنسبة 10%». */
    private static final Set<String> AMOUNTING = WordSet.of("البالغه", "البالغ", "بنسبه");

    /**
     * The first token after a size set beside a stake's owner («البالغة 24%», «بنسبة 10 في المئة») that starts at token
     * {@code k}, or {@code k} when none does: the company the stake is in follows it.
     */
    static int pastStatedShare(Doc doc, Sentence s, int k) {
        if (k >= s.endToken() || doc.mentionAt[k] >= 0 || !AMOUNTING.contains(doc.token(k).norm())) {
            return k;
        }
        Quantity q = NumberReader.read(doc.tokens, k + 1, s.endToken());
        if (q == null || q.endToken() >= s.endToken() || !PERCENT.contains(Clitics.bare(doc.token(q.endToken()).norm()))) {
            return k;
        }
        int end = q.endToken() + 1;
        return doc.token(q.endToken()).is("في") && followsPercentWord(doc, end, s.endToken()) ? end + 1 : end;
    }

    private static boolean followsPercentWord(Doc doc, int k, int end) {
        return k < end && (doc.token(k).is("المئه") || doc.token(k).is("المائه"));
    }
}
