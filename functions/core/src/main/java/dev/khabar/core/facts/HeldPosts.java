package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/** Posts held, named after «منصب» and a verb of holding: «وكان X يشغل منصب الرئيس التنفيذي لشركة Y». */
final class HeldPosts {
    /** The post noun before a held title: «منصب الرئيس التنفيذي». */
    private static final Set<String> POST = WordSet.of("منصب");
    /** Verbs of holding a post: «يشغل منصب», «شغلت منصب». */
    private static final Set<String> HOLDING_VERBS = WordSet.of("يشغل", "تشغل", "شغل", "شغلت", "سيشغل", "ستشغل");
    /** Time words between the verb and the post: «يشغل حاليا منصب». */
    private static final Set<String> POST_ADVERBS = WordSet.of("حاليا", "سابقا", "انذاك", "حينها", "ايضا", "كذلك");

    private HeldPosts() {
    }

    /**
     * The employer of a held post: its complement, the company closing a coordinated title in the same clause, or the
     * place «حيث» stands for: «قادماً من بنك X حيث شغل منصب المدير المالي».
     */
    static String employer(Doc doc, Sentence s, int title, int end) {
        String org = RoleEmployers.orgAfter(doc, s, end);
        if (org != null) {
            return org;
        }
        int limit = Math.min(Grammar.clauseEnd(doc, end, s), end + 8);
        java.util.List<Integer> named = doc.mentionsIn(end, limit); // «… ورئيس مجلس إدارة مجموعة Y»
        if (!named.isEmpty()) {
            return doc.type(named.get(0)) == EntityType.ORGANIZATION ? doc.id(named.get(0)) : null;
        }
        return whereOf(doc, s, title);
    }

    /** «من بنك X، حيث كان يشغل منصب …»: the organization just before «حيث» ahead of the verb of holding, or null. */
    private static String whereOf(Doc doc, Sentence s, int title) {
        int k = title - 2; // past «منصب»
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Clitics.in(HOLDING_VERBS, doc.token(k).norm())
                || POST_ADVERBS.contains(Clitics.bare(doc.token(k).norm())) || WAS.contains(doc.token(k).norm()))) {
            k--;
        }
        if (k <= s.firstToken() || k == title - 2 || !doc.token(k).is("حيث")) {
            return null;
        }
        int before = Grammar.isComma(doc.token(k - 1)) ? k - 2 : k - 1;
        int m = before >= s.firstToken() ? doc.mentionAt[before] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
    }

    /** «كان», «كانت» between «حيث» and the verb of holding. */
    private static final Set<String> WAS = WordSet.of("كان", "كانت");

    /** «منصبه», «منصبها»: the post of the one the clause is about. */
    private static final Set<String> OWN_POST = WordSet.of("منصبه", "منصبها");

    /**
     * «أعفي X من منصبه كرئيس لمجلس الإدارة», «استقال من منصبه رئيسا تنفيذيا»: whether, from {@code from} on, the clause
     * names a person's own post by its title (as «كـ» or in the accusative); «استقال X من منصبه بعد …» names none.
     */
    static boolean ownPostNamed(Doc doc, Sentence s, int from) {
        for (int k = Math.max(from, s.firstToken()); k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] < 0 && OWN_POST.contains(Clitics.bare(doc.token(k).norm())) && doc.mentionAt[k + 1] < 0
                    && RoleFacts.match(doc, k + 1, s.endToken()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * «تولى X منصبه», «تسلم مهامها»: whether the words right after a verb ending at {@code from}, past the person
     * taking it, are the taker's own post, which names no title of its own.
     */
    static boolean ownPostAfter(Doc doc, Sentence s, int from, int person) {
        int k = from;
        if (k < s.endToken() && doc.mentionAt[k] == person) {
            k = doc.mention(person).endToken();
        }
        if (k >= s.endToken() || doc.mentionAt[k] >= 0) {
            return false;
        }
        String bare = Clitics.bare(doc.token(k).norm());
        if (OWN_POST.contains(bare)) { // «تولى منصبه الجديد»: a new post, not the one the text gave him already
            return !(k + 1 < s.endToken() && NEW.contains(doc.token(k + 1).norm()));
        }
        return DUTIES.contains(bare);
    }

    /** «مهامه», «مهامها»: the duties of the one the clause is about, taken by «تسلم» or held «بصفته». */
    static final Set<String> DUTIES = WordSet.of("مهامه", "مهامها");
    /** «الجديد», «الجديدة» after «منصبه»: a post other than the one already told. */
    private static final Set<String> NEW = WordSet.of("الجديد", "الجديدة");

    /** Whether the title at {@code title} follows «منصب». */
    static boolean after(Doc doc, Sentence s, int title) {
        int k = title - 1;
        return k > s.firstToken() && doc.mentionAt[k] < 0 && POST.contains(Clitics.bare(doc.token(k).norm()));
    }

    /**
     * The holder of a post named after «منصب» and a verb of holding: «وكان X يشغل منصب الرئيس التنفيذي لشركة Y»,
     * «ويشغل حاليا منصب …» (else the nearest person before: «انضم X إلى …، وكان يشغل منصب …»), or -1.
     */
    static int holder(Doc doc, Sentence s, int title) {
        if (!after(doc, s, title)) {
            return -1;
        }
        int k = title - 2;
        int named = -1;
        while (k >= s.firstToken() && title - k < 6) {
            if (doc.mentionAt[k] >= 0) {
                if (doc.type(doc.mentionAt[k]) != EntityType.PERSON) {
                    return -1;
                }
                named = doc.mentionAt[k];
                k = doc.mention(named).startToken() - 1;
            } else if (POST_ADVERBS.contains(Clitics.bare(doc.token(k).norm()))) {
                k--;
            } else {
                break;
            }
        }
        if (k < s.firstToken() || doc.mentionAt[k] >= 0 || !Clitics.in(HOLDING_VERBS, doc.token(k).norm())) {
            return -1;
        }
        if (named >= 0) {
            return named; // «يشغل X منصب …»
        }
        int before = k - 1;
        while (before >= s.firstToken() && doc.mentionAt[before] < 0 && Clitics.in(RoleFacts.COPULAS, doc.token(before).norm())) {
            before--;
        }
        if (before >= s.firstToken() && doc.mentionAt[before] >= 0 && doc.type(doc.mentionAt[before]) == EntityType.PERSON) {
            return doc.mentionAt[before]; // «وكان X يشغل منصب …»
        }
        int subject = -1;
        for (int m : doc.mentionsIn(s.firstToken(), k)) {
            if (doc.type(m) == EntityType.PERSON) {
                subject = m; // the nearest person before: «انضم X إلى …، وكان يشغل», «خلفا لـX الذي كان يشغل»
            }
        }
        boolean opens = before < s.firstToken()
                || before == s.firstToken() && PRONOUNS.contains(Clitics.withoutConjunction(doc.token(before).norm()));
        return subject < 0 && opens ? previousPerson(doc, s) : subject;
    }

    /** Subject pronouns that may open a sentence before a verb of holding: «وهو يشغل حاليا منصب …». */
    private static final Set<String> PRONOUNS = WordSet.of("هو", "هي");

    /**
     * «… مايكل شولهورن … . وهو يشغل حاليا منصب …»: a sentence opening on the verb (or a pronoun) holds the post of
     * the one person the sentence before names; -1 when it names none or several.
     */
    private static int previousPerson(Doc doc, Sentence s) {
        if (s.index() == 0) {
            return -1;
        }
        Sentence previous = doc.sentences.get(s.index() - 1);
        int person = PersonPronouns.onePerson(doc, previous.firstToken(), previous.endToken());
        return person >= 0 ? person : -1;
    }
}
