package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contracts won, in Arabic: «فازت X وY بعقود … التابع لوزارة Z», «ربحت X عقدا من قبل Z», «نجحت X في الفوز بمناقصة لصالح Z».
 * The winners hold the contract, each of a list; the client is the body named after the contract noun by «لصالح»,
 * «لفائدة», «من قبل», «من» or a public body taking «ل», else the public body the sentence says announced the award
 * («وفق ما أعلنت عنه الوكالة الوطنية …»), else the body a contract won earlier in the text was for («بالفوز بنفس هذه
 * العقود»).
 */
final class ArabicWonContracts {
    private static final Set<String> WIN = WordSet.of("فاز", "فازت", "يفوز", "تفوز", "الفوز", "بالفوز", "فوز", "ربح", "ربحت",
            "يربح", "تربح", "ظفرت", "ظفر", "حصلت", "حصل", "تحصل", "يحصل", "نالت", "حازت", "حاز", "تحوز", "يحوز",
            // «تمكنت X من نيل صفقة», «بالظفر بصفقة»: the verbal nouns of obtaining, after a verb of managing
            "نيل", "بنيل", "لنيل", "الظفر", "بالظفر");
    private static final Set<String> BOUNDARIES = WordSet.of("ان", "انه", "انها", "بان", "الذي", "التي", "بعد", "قبل", "كما");
    private static final int REACH = 16;
    /**
     * How many words besides the winner's name may stand between the verb of winning and «صفقة» («فازت بصفقة», «ظفرت
     * شركة X بصفقة»): the noun alone is any kind of deal.
     */
    private static final int DEAL_REACH = 2;
    /** Verbs of obtaining, which obtain an approval or a loan as readily as a deal. */
    private static final Set<String> OBTAIN = WordSet.of("حصلت", "حصل", "تحصل", "يحصل", "حازت", "حاز", "تحوز", "يحوز");

    private ArabicWonContracts() {
    }

    static Fact won(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int verb = winVerb(doc, s, tr);
        if (verb < 0) {
            return null;
        }
        List<String> holders = new ArrayList<>();
        for (int m : doc.mentionsIn(verb + 1, tr.startToken())) {
            if (doc.type(m) == EntityType.ORGANIZATION && !holders.contains(doc.id(m))) {
                holders.add(doc.id(m)); // «فازت شركتا X وY بعقود»
            }
        }
        if (holders.isEmpty()) {
            subjectList(doc, s, verb, holders);
        }
        if (holders.isEmpty()) {
            return null;
        }
        String client = client(doc, s, tr, holders);
        if (client == null) {
            client = doc.awarder;
        } else {
            doc.awarder = client;
        }
        if (client == null || holders.contains(client)) {
            return null;
        }
        for (String holder : holders) {
            out.add(FactType.CONTRACT, holder, client, Attributes.amount(doc, s, tr.startToken()), null,
                    Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
        }
        return out.last();
    }

    /**
     * «فازت X بصفقة تهيئة الملعب», «تمكنت X من نيل صفقة …»: a deal noun won is a contract (the Maghreb's public
     * «صفقة»), unless a takeover is what it is of («بصفقة الاستحواذ على»).
     */
    static boolean wonDeal(Doc doc, Sentence s, Trigger noun) {
        int verb = noun.arabic() ? winVerb(doc, s, noun) : -1;
        if (verb < 0 || Clitics.in(OBTAIN, doc.token(verb).norm())) {
            return false; // «حصلت X على موافقة الهيئة على الصفقة»: an approval of the deal obtained, not a deal won
        }
        int unnamed = 0;
        for (int k = verb + 1; k < noun.startToken(); k++) {
            unnamed += doc.mentionAt[k] < 0 ? 1 : 0;
        }
        if (unnamed > DEAL_REACH) {
            return false;
        }
        int after = noun.endToken();
        Trigger next = after < s.endToken() && doc.mentionAt[after] < 0 ? doc.trigger(after, s.endToken()) : null;
        return next == null || next.type() != FactType.ACQUISITION;
    }

    /** The verb of winning a few words before the contract noun, with no name of a client between; or -1. */
    private static int winVerb(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.startToken() - 1; k >= Math.max(s.firstToken(), tr.startToken() - REACH); k--) {
            String norm = doc.token(k).norm();
            if (Clitics.in(WIN, norm)) {
                return k;
            }
            if (BOUNDARIES.contains(norm) || norm.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * «أن شركة X ربحت», «ثلاث شركات، وهي A، وB، وC، بالفوز»: the first company of the clause before the verb (not a
     * company described on the way, «التابعة لـ…، إحدى شركات…») and those coordinated with it by «و».
     */
    private static void subjectList(Doc doc, Sentence s, int verb, List<String> holders) {
        int from = verb;
        while (from > s.firstToken() && !BOUNDARIES.contains(doc.token(from - 1).norm())) {
            from--;
        }
        for (int m : doc.mentionsIn(from, verb)) {
            if (doc.type(m) != EntityType.ORGANIZATION || holders.contains(doc.id(m))) {
                continue;
            }
            if (holders.isEmpty() ? !Grammar.governed(doc, m, s) : Grammar.clitic(doc, doc.mention(m)).startsWith("و")) {
                holders.add(doc.id(m));
            }
        }
    }

    /** The body the contract is for, named after the contract noun; or null. */
    private static String client(Doc doc, Sentence s, Trigger tr, List<String> holders) {
        int end = Math.min(s.endToken(), tr.endToken() + 3 * REACH);
        for (int m : doc.mentionsIn(tr.endToken(), end)) {
            if (doc.type(m) != EntityType.ORGANIZATION || holders.contains(doc.id(m))) {
                continue;
            }
            int before = doc.mention(m).startToken() - 1;
            if (Grammar.isArabicOrgCue(doc.token(before))) {
                before--; // «لصالح شركة Z»
            }
            String cue = doc.token(before).norm();
            boolean agent = cue.equals("لصالح") || cue.equals("لفائده") || cue.equals("من")
                    || cue.equals("قبل") && doc.token(before - 1).is("من");
            if (agent || Grammar.clitic(doc, doc.mention(m)).endsWith("ل") && Awards.publicBody(doc, doc.id(m))) {
                return doc.id(m);
            }
        }
        for (int m : doc.mentionsIn(tr.endToken(), end)) {
            if (doc.type(m) == EntityType.ORGANIZATION && !holders.contains(doc.id(m)) && Awards.publicBody(doc, doc.id(m))
                    && announcedBy(doc, s, doc.mention(m).startToken())) {
                return doc.id(m); // «وفق ما أعلنت عنه هيئة الطرق الوطنية»: the body that awarded it told of it
            }
        }
        return null;
    }

    /** «أعلنت», «أعلنت عنه», «كشفت عنه»: a verb of announcing right before the name, past its «عنه». */
    private static final Set<String> ANNOUNCED = WordSet.of("اعلنت", "اعلن", "كشفت", "كشف", "افادت", "افاد");

    private static boolean announcedBy(Doc doc, Sentence s, int name) {
        int k = name - 1;
        if (k > s.firstToken() && (doc.token(k).is("عنه") || doc.token(k).is("عنها"))) {
            k--;
        }
        return k >= s.firstToken() && ANNOUNCED.contains(Clitics.withoutConjunction(doc.token(k).norm()));
    }
}
