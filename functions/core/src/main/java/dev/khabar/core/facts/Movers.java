package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who moves in a hire or departure sentence: the doer of the verb (before an English verb; after an Arabic one, which
 * comes first), the possessor of a noun ("Roe's departure"), a quoted speaker (not a mover), and the predecessor a
 * newcomer replaces ("replacing X", «ليحل محل X», «خلفا لـX»).
 */
final class Movers {
    /** {@link #possessor} when the possessor of the trigger noun is a name that is not a person. */
    static final int NOT_A_PERSON = -2;

    private static final Set<String> OBJECT_MARKERS = WordSet.of("by", "with", "of", "from", "to", "for", "مع", "من", "عن", "الي");
    static final Set<String> SPEECH_VERBS = WordSet.of("said", "says", "told", "added", "wrote", "noted", "explained",
            "قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اوضح", "اوضحت");
    /**
     * Words after which the next person is the one replaced: "replacing X", "succeeds X", «محل X», «في مكان X», «خلفا
     * لـX», «بدلا من X»; "take over from X" and "take the place of X" are read at their last word.
     */
    private static final Set<String> REPLACING = WordSet.of("replacing", "replaces", "replace", "replaced", "succeeding",
            "succeeds", "succeed", "succeeded", "محل", "مكان", "خلفا", "خليفه", "خليفا", "بديل", "بديلا", "بدلا", "عوضا");
    /** «بدلا من X», «عوضا عن X»: the preposition a word of replacing may take before the one replaced. */
    private static final Set<String> REPLACING_PREPOSITIONS = WordSet.of("من", "عن");
    /** «يحل مكانه X», «حل محلها X»: a noun of place whose pronoun is the one replaced, named before. */
    private static final Set<String> PLACES = WordSet.of("مكان", "محل");
    /** Arabic verbs of succession, which come first: «سيخلف A B في منصب …». */
    private static final Set<String> SUCCEEDS_AR = WordSet.of("يخلف", "سيخلف", "ستخلف", "تخلف");
    /** «من» before a verb is "whoever": «البحث عمن يخلف X» names no successor. */
    private static final Set<String> WHOEVER = WordSet.of("من", "عمن", "ممن", "لمن");
    private static final Set<String> FUTURE_WORDS = WordSet.of("will", "would", "shall", "سوف");
    /**
     * "plans to leave", "is set to join", "expected to step down": the words before "to" that make its move one to come;
     * "left in March to join Y" joined then, the purpose of a move told as done.
     */
    private static final Set<String> PLANS = WordSet.of("plans", "plan", "planned", "planning", "set", "expected", "due",
            "going", "scheduled", "slated", "poised", "intends", "intend", "intended", "aims", "tipped", "likely", "about",
            "agreed", "decided", "preparing", "prepares", "wants", "hopes");

    private Movers() {
    }

    /** "Roe's departure": the person before 's, {@link #NOT_A_PERSON} for another kind of name, else -1. */
    static int possessor(Doc doc, Sentence s, int trigger) {
        int k = trigger - 1;
        if (k - 1 < s.firstToken() || !doc.token(k).is("'s")) {
            return -1;
        }
        int m = doc.mentionAt[k - 1];
        if (m < 0) {
            return -1;
        }
        return doc.type(m) == EntityType.PERSON ? m : NOT_A_PERSON;
    }

    /**
     * The person who acts: an ungoverned person right after an Arabic verb or noun ("استقال X"، "رحيل X"), else the
     * nearest ungoverned person before the trigger, passing over ", who …," clauses about someone else.
     */
    static int doer(Doc doc, Sentence s, Trigger tr) {
        if (unnamedSuccessor(doc, s, tr.startToken()) || organizationSubject(doc, s, tr)) {
            return -1;
        }
        if (passiveSuccession(doc, s, tr.startToken())) { // "Doe was succeeded by Roe": the agent takes the post
            int agent = doc.mentionAt[successionBy(doc, s, tr.startToken()) + 1];
            return agent >= 0 && doc.type(agent) == EntityType.PERSON ? agent : -1;
        }
        int subject = namedBeforeVerb(doc, s, tr.startToken());
        if (subject >= 0 && succeeds(doc, tr)) {
            return subject; // «أحمد كمال سيخلف محمد سعيد»: named before the verb, the one after is replaced
        }
        if (tr.arabic() && !REPLACING.contains(Clitics.bare(doc.token(tr.endToken() - 1).norm()))) {
            int k = tr.endToken(); // not «يحل محل X»: there the person after is the one replaced
            while (k < s.endToken() && k < tr.endToken() + 2 && doc.mentionAt[k] < 0 && Grammar.isQuote(doc.token(k))) {
                k++;
            }
            k = RoleFacts.skipCourtesy(doc, s, k); // «وتولى الدكتور X»
            if (k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON
                    && !objectOf(doc, doc.mentionAt[k], s)) {
                return doc.mentionAt[k];
            }
        }
        List<Integer> before = doc.mentionsIn(s.firstToken(), tr.startToken());
        int relativeEnd = -1;
        for (int k = tr.startToken() - 1; k > s.firstToken(); k--) {
            if (doc.token(k).is("who") || doc.token(k).is("which") || doc.token(k).is("الذي") || doc.token(k).is("التي")) {
                relativeEnd = k;
                break;
            }
        }
        if (relativeEnd >= 0 && tr.arabic() && Grammar.clauseEnd(doc, relativeEnd, s) <= tr.startToken()) {
            relativeEnd = -1; // «البنوك التي انتهت مددها، وعلى رأسها …، فوجئ … بين فلان»: that clause closed before the verb's
        }
        if (relativeEnd - 2 >= s.firstToken() && Grammar.isComma(doc.token(relativeEnd - 1))
                && doc.mentionAt[relativeEnd - 2] >= 0 && doc.type(doc.mentionAt[relativeEnd - 2]) == EntityType.PERSON) {
            return doc.mentionAt[relativeEnd - 2]; // "taking over from Sam Lee, who will step down"
        }
        if (relativeEnd - 1 >= s.firstToken() && doc.token(relativeEnd).script() == Script.ARABIC
                && doc.mentionAt[relativeEnd - 1] >= 0 && doc.type(doc.mentionAt[relativeEnd - 1]) == EntityType.PERSON) {
            return doc.mentionAt[relativeEnd - 1]; // «خلفا لكريم عادل الذي غادر الشركة»: Arabic needs no comma before it
        }
        if (relativeEnd - 2 >= s.firstToken() && Grammar.isComma(doc.token(relativeEnd - 1)) && replacingBefore(doc, s, relativeEnd - 1)) {
            return -1; // «خلفا لفلان، الذي قدم استقالته»: the one replaced, whose name was not read, is the doer
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            int m = before.get(k);
            if (relativeEnd >= 0 && doc.mention(m).startToken() > relativeEnd) {
                continue;
            }
            if (doc.type(m) == EntityType.PERSON && (!objectOf(doc, m, s) || withSubject(doc, s, m, tr))) {
                return reportsOthers(doc, s, m, tr) ? -1 : m;
            }
        }
        return -1;
    }

    /** Pronouns by which a speaker's report tells of the speaker's own move: "Roe said she would step down". */
    private static final Set<String> SPEAKERS_PRONOUNS = WordSet.of("he", "she", "i", "we", "they", "his", "her", "my",
            "their", "it");

    /** «إن», «أن» bare: the report's subject is a noun after it, not the speaker (who would be «إنه», «أنها»). */
    private static final Set<String> BARE_THAT = WordSet.of("ان", "بان");

    /**
     * "Jane Roe said the flights depart from Oslo", «وقال فلان إن الموظفين يتقاعدون»: a speaker whose report names no
     * pronoun for the speaker before the trigger tells of others' moves, not the speaker's.
     */
    private static boolean reportsOthers(Doc doc, Sentence s, int m, Trigger tr) {
        if (tr.arabic()) {
            int before = doc.mention(m).startToken() - 1;
            if (before < s.firstToken() || !SPEECH_VERBS.contains(Clitics.withoutConjunction(doc.token(before).norm()))) {
                return false;
            }
            for (int k = doc.mention(m).endToken(); k < tr.startToken(); k++) {
                if (BARE_THAT.contains(doc.token(k).norm())) {
                    return doc.mentionsIn(k, tr.startToken()).stream().noneMatch(o -> doc.type(o) == EntityType.PERSON);
                }
            }
            return false;
        }
        if (!speaker(doc, s, m)) {
            return false;
        }
        for (int k = doc.mention(m).endToken() + 1; k < tr.startToken(); k++) {
            if (SPEAKERS_PRONOUNS.contains(doc.token(k).norm()) || Grammar.isQuote(doc.token(k))) {
                return false;
            }
        }
        return true;
    }

    /** Words between a plural subject and its verb: "A and B will be joining", "A and B have left". */
    private static final Set<String> PLURAL_AUXILIARIES = WordSet.of("have", "had", "will", "would", "be", "are", "were",
            "also", "both");

    /**
     * "A, B and C have joined Acme": the persons named with the doer, before it and joined to it by commas and "and",
     * when the list is the English verb's subject; none otherwise.
     */
    static List<Integer> coordinatedDoers(Doc doc, Sentence s, Trigger tr, int doer) {
        if (tr.arabic()) {
            return arabicCoordinatedDoers(doc, s, tr, doer);
        }
        List<Integer> others = new ArrayList<>();
        for (int k = doc.mention(doer).endToken(); k < tr.startToken(); k++) {
            if (tr.arabic() || !PLURAL_AUXILIARIES.contains(doc.token(k).norm())) {
                return others; // "A and B, who run Acme, said X joined": the list is not the verb's subject
            }
        }
        int k = doc.mention(doer).startToken() - 1;
        while (k - 1 >= s.firstToken() && (doc.token(k).is("and") || Grammar.isComma(doc.token(k)))) {
            int m = doc.mentionAt[k - 1];
            if (m < 0 || doc.type(m) != EntityType.PERSON) {
                break;
            }
            others.add(m);
            k = doc.mention(m).startToken() - 1;
        }
        return others;
    }

    /**
     * «انضم A وB إلى X», «أسس A، وB شركة X», «أسس A وشريكه B»: an Arabic verb's subject follows it, and the persons
     * joined to the doer by و (after a comma or not, or with a companion's noun) share the doing; after a light verb they
     * stand before the verbal noun.
     */
    private static List<Integer> arabicCoordinatedDoers(Doc doc, Sentence s, Trigger tr, int doer) {
        List<Integer> others = new ArrayList<>();
        if (doc.mention(doer).startToken() < tr.endToken()) {
            // «A وB انضما»: a subject before the verb may be a topic, not its doer; but «قام A وB بتأسيس X»: the persons
            // between a light verb and its verbal noun are its doers
            others.addAll(ArabicLayoffs.lightVerbDoers(doc, s, tr, EntityType.PERSON));
            others.removeIf(m -> doc.id(m).equals(doc.id(doer)));
            return others;
        }
        int k = doc.mention(doer).endToken();
        while (k < s.endToken()) {
            int at = Grammar.isComma(doc.token(k)) || doc.token(k).is("و") || NameLists.companion(doc.token(k)) ? k + 1 : k;
            int m = at < s.endToken() ? doc.mentionAt[at] : -1;
            if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != at
                    || !(doc.token(at - 1).is("و") || NameLists.companion(doc.token(at - 1))
                    || Grammar.clitic(doc, doc.mention(m)).startsWith("و"))) {
                break;
            }
            others.add(m);
            k = doc.mention(m).endToken();
        }
        return others;
    }

    /**
     * "appointed A and B as co-chief executives", "hired A, B and C": the persons listed after the one hired, a list
     * closed by "and" ("hired A, Roe said" names a speaker).
     */
    static List<Integer> coordinatedHired(Doc doc, Sentence s, int hired) {
        if (doc.token(doc.mention(hired).startToken()).script() == Script.ARABIC) {
            return arabicCoordinatedHired(doc, s, hired);
        }
        List<Integer> others = new ArrayList<>();
        int k = doc.mention(hired).endToken();
        boolean closed = false;
        while (!closed && k + 1 < s.endToken() && (doc.token(k).is("and") || Grammar.isComma(doc.token(k)))) {
            int m = doc.mentionAt[k + 1];
            if (m < 0 || doc.type(m) == EntityType.ORGANIZATION) {
                m = titledPersonAt(doc, s, k + 1); // "hired A and former Acme head B"
            } else if (doc.mention(m).startToken() != k + 1) {
                m = -1;
            }
            if (m < 0 || doc.type(m) != EntityType.PERSON || speaker(doc, s, m)) {
                break;
            }
            closed = doc.token(k).is("and");
            others.add(m);
            k = doc.mention(m).endToken();
        }
        return closed ? others : List.of();
    }

    /** How many words a title written before a coordinated name may take: "former Norda Bank head". */
    private static final int TITLE_REACH = 6;

    /**
     * "former Norda Bank head Eva Lind", "Acme's CFO Jane Roe": the person named at the end of a title that starts at
     * {@code from} with no comma or conjunction in it; or -1.
     */
    private static int titledPersonAt(Doc doc, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken(), from + TITLE_REACH); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.PERSON) {
                return k > from && TakenRoles.roleBefore(doc, s, m) != null ? m : -1;
            }
            if (Grammar.isComma(doc.token(k)) || doc.token(k).is("and") || m >= 0 && doc.type(m) != EntityType.ORGANIZATION) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * «عينت X فلانا وفلانا عضوين», «تعيين A رئيسا تنفيذيا وB مديرا ماليا», «اختيار A لمنصب المدير التنفيذي للشركة، وB
     * كرئيس للمجموعة»: the persons joined by «و» to the one hired, right after it or after its own post.
     */
    private static List<Integer> arabicCoordinatedHired(Doc doc, Sentence s, int hired) {
        List<Integer> others = new ArrayList<>();
        int last = hired;
        while (true) {
            int k = postEnd(doc, s, last);
            if (k + 1 < s.endToken() && Grammar.isComma(doc.token(k))) {
                k++; // «تعيين A رئيسا تنفيذيا، وB مديرا للعمليات»
            }
            int m = k < s.endToken() ? doc.mentionAt[k] : -1;
            if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != k
                    || !doc.token(k).norm().startsWith("و") || doc.mention(m).surface().startsWith("و")
                    || others.contains(m) || m == hired) {
                // the «و» must be the conjunction the name was read without, not a verb run into it («وهنأه فلان»)
                return others;
            }
            others.add(m);
            last = m;
        }
    }

    /**
     * «B مديرا ماليا», «B كمدير مالي», «B لمنصب المدير المالي»: the post named right after one hired, in the accusative
     * or after «كـ» or «لمنصب»; or null.
     */
    static RoleMatch namedPost(Doc doc, Sentence s, int hired) {
        RoleMatch accusative = TakenRoles.accusativeTitle(doc, s, hired);
        if (accusative != null) {
            return accusative;
        }
        int k = doc.mention(hired).endToken();
        if (k + 1 >= s.endToken() || doc.mentionAt[k] >= 0) {
            return null;
        }
        String n = doc.token(k).norm();
        int first = POST_OPENERS.contains(n) ? k + 1 : n.startsWith("ك") && n.length() > 3 ? k : -1;
        RoleMatch post = first < 0 ? null : RoleFacts.match(doc, first, s.endToken());
        return post == null || post.group() ? null : post;
    }

    /** Words of a post taken that name it after them: «لمنصب المدير التنفيذي», «كرئيس للمجموعة». */
    private static final Set<String> POST_OPENERS = WordSet.of("لمنصب", "بمنصب", "منصب");

    /**
     * «اختيار A لمنصب المدير التنفيذي للشركة، وB …», «A كرئيس للمجموعة، وB …»: the end of the post named after the one
     * hired, past the company it is held at («للشركة», a name), where another one hired may follow; else the name's end.
     */
    private static int postEnd(Doc doc, Sentence s, int hired) {
        RoleMatch post = namedPost(doc, s, hired);
        if (post == null) {
            return doc.mention(hired).endToken();
        }
        int end = post.endToken();
        if (end < s.endToken() && doc.mentionAt[end] >= 0) {
            int m = doc.mentionAt[end];
            return doc.type(m) == EntityType.ORGANIZATION ? doc.mention(m).endToken() : end; // «… لشركة X», not «وB»
        }
        return end < s.endToken() && Anaphora.length(doc, end, s) > 0 ? end + Anaphora.length(doc, end, s) : end;
    }

    /**
     * "Doe has a record. … since she joined the lender in 2012": the person an English subject pronoun right before
     * the verb stands for, or -1.
     */
    static int pronounDoer(Doc doc, Sentence s, Trigger tr) {
        int pronoun = tr.arabic() ? -1 : PersonPronouns.before(doc, s, tr.startToken());
        return pronoun >= 0 ? PersonPronouns.antecedent(doc, s, pronoun) : -1;
    }

    /** "Roe replaced Doe", "succeeds Doe": an English verb of succession, whose object is the one replaced. */
    static boolean succession(Doc doc, Trigger tr) {
        return !tr.arabic() && REPLACING.contains(doc.token(tr.endToken() - 1).norm());
    }

    /**
     * "Doe was succeeded by Roe", "Doe will be replaced by Roe": a verb of succession in the passive, its agent after
     * "by" the successor and its subject the one replaced.
     */
    static boolean passiveSuccession(Doc doc, Sentence s, int verb) {
        return verb - 1 >= s.firstToken() && REPLACING.contains(doc.token(verb).norm())
                && Grammar.PASSIVE_AUXILIARIES.contains(doc.token(verb - 1).norm()) && successionBy(doc, s, verb) >= 0;
    }

    /** How far an "as" phrase may run between a passive verb of succession and its "by": "as chief executive of Acme". */
    private static final int AS_PHRASE = 8;

    /**
     * The "by" naming the successor after a passive verb of succession: right after it ("replaced by Roe") or past the
     * post it names ("replaced as CEO of Acme by Roe"); -1 when there is none, or no name after it.
     */
    static int successionBy(Doc doc, Sentence s, int verb) {
        int k = verb + 1;
        if (k < s.endToken() && doc.token(k).is("as")) {
            int limit = Math.min(s.endToken(), k + AS_PHRASE);
            while (k < limit && !doc.token(k).is("by") && !Grammar.isComma(doc.token(k))) {
                k++;
            }
        }
        return k + 1 < s.endToken() && doc.token(k).is("by") ? k : -1;
    }

    /**
     * The person a passive verb of succession is said of: named right before its auxiliaries ("Doe will be replaced"),
     * or opening the sentence before an apposition ("Doe, Acme's CEO, will be replaced") or a first clause joined by
     * "and" ("Doe will step down as CEO and be replaced"), whose subject may stand after the sentence's opener ("Acme said
     * its CFO, Doe, would retire and be replaced"); -1 when it is no person.
     */
    static int passiveSubject(Doc doc, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.PASSIVE_AUXILIARIES.contains(doc.token(k).norm())
                || FUTURE_WORDS.contains(doc.token(k).norm()) || AUXILIARIES.contains(doc.token(k).norm()))) {
            k--;
        }
        int m = doc.mentionAt[k];
        if (m < 0 && (Grammar.isComma(doc.token(k)) || doc.token(k).is("and"))) {
            m = doc.mentionAt[s.firstToken()];
            if ((m < 0 || doc.type(m) != EntityType.PERSON) && doc.token(k).is("and")) {
                m = lastUngovernedPerson(doc, s, k); // "Acme said its CFO, Laura Kim, would retire and be succeeded by X"
            }
        }
        return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
    }

    /** The last person named before token {@code k} that no preposition governs, or -1. */
    private static int lastUngovernedPerson(Doc doc, Sentence s, int k) {
        List<Integer> before = doc.mentionsIn(s.firstToken(), k);
        for (int j = before.size() - 1; j >= 0; j--) {
            int m = before.get(j);
            if (doc.type(m) == EntityType.PERSON && !Grammar.governed(doc, m, s)) {
                return m;
            }
        }
        return -1;
    }

    private static final Set<String> PERSONAL_PRONOUNS = WordSet.of("he", "she", "him", "her");

    /**
     * "Omar Haddad will succeed her", "She will be replaced by Omar Haddad": the person named in the sentence before
     * whom the pronoun the successor replaces stands for («سيخلفه», «ليحل مكانه X» too); «سيخلف الباكر في المنصب»: the
     * one an Arabic verb of succession names right after it; or -1.
     */
    static int replacedBefore(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            if (succeedsHim(doc.token(tr.startToken())) || inHisPlace(doc.token(tr.endToken() - 1))) {
                return PersonPronouns.antecedent(doc, s, tr.startToken());
            }
            int named = tr.endToken() < s.endToken() ? doc.mentionAt[tr.endToken()] : -1;
            if (named >= 0 && doc.type(named) == EntityType.PERSON && succeeds(doc, tr)) {
                return named;
            }
            return tr.hire() ? replacedAfter(doc, s, tr.endToken()) : -1;
        }
        int k;
        if (passiveSuccession(doc, s, tr.startToken())) {
            k = tr.startToken() - 1;
            while (k >= s.firstToken() && (Grammar.PASSIVE_AUXILIARIES.contains(doc.token(k).norm())
                    || AUXILIARIES.contains(doc.token(k).norm()))) {
                k--;
            }
        } else if (succession(doc, tr)) {
            k = tr.endToken();
        } else {
            return replacedAs(doc, s, tr);
        }
        if (k < s.firstToken() || k >= s.endToken() || doc.mentionAt[k] >= 0
                || !PERSONAL_PRONOUNS.contains(doc.token(k).norm())) {
            return -1;
        }
        int successor = doer(doc, s, tr);
        if (successor >= 0 && withSubject(doc, s, successor, tr)) {
            // "Doe is stepping down, with Roe set to succeed him": the subject of the clause before "with"
            return lastUngovernedPerson(doc, s, doc.mention(successor).startToken());
        }
        if (s.index() == 0) {
            return -1;
        }
        Sentence previous = doc.sentences.get(s.index() - 1);
        return PersonPronouns.antecedent(doc, previous, previous.endToken());
    }

    /**
     * «وعيّن مجلس الإدارة فلانا محل X», «… خلفا لـX»: the one an Arabic hire names as replaced after the one hired, whose
     * departure, told before, gives the post and the company the hire leaves unnamed; or -1.
     */
    private static int replacedAfter(Doc doc, Sentence s, int from) {
        int end = Grammar.clauseEnd(doc, from, s);
        for (int k = from; k < end; k++) {
            int m = replaced(doc, s, k);
            if (m != NONE) {
                return m;
            }
        }
        return -1;
    }

    /** How far after a hire's verb "in her place", «مكانه» may stand: past the name of the one hired. */
    private static final int PLACE_REACH = 8;

    /**
     * «وعين مكانه فلانا», "appointed X in her place": the one a hire's pronoun of place stands for, named before the
     * verb, whose post the one hired takes; or -1.
     */
    static int placeTaken(Doc doc, Sentence s, Trigger tr) {
        int end = Math.min(Grammar.clauseEnd(doc, tr.endToken(), s), tr.endToken() + PLACE_REACH);
        for (int k = tr.endToken(); k < end; k++) {
            boolean arabic = tr.arabic() && doc.mentionAt[k] < 0 && inHisPlace(doc.token(k));
            boolean english = !tr.arabic() && k + 2 < end && doc.token(k).is("in")
                    && POSSESSIVE_PRONOUNS.contains(doc.token(k + 1).norm()) && doc.token(k + 2).is("place");
            if (arabic || english) {
                return PersonPronouns.antecedent(doc, s, tr.startToken());
            }
        }
        return -1;
    }

    /** Nouns of the one who takes another's post, after "as X's" or "as her": "named as her successor". */
    private static final Set<String> SUCCESSOR_NOUNS = WordSet.of("replacement", "successor");
    private static final Set<String> POSSESSIVE_PRONOUNS = WordSet.of("his", "her");

    /**
     * "has been appointed as Alabbar's replacement", "appointed Doe as Roe's successor", "was named as her
     * successor": the person whose post the one appointed takes, named in the sentence or, for a pronoun, in the
     * sentence before; or -1.
     */
    private static int replacedAs(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        int hired = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (hired >= 0 && doc.type(hired) == EntityType.PERSON) {
            k = doc.mention(hired).endToken(); // "appointed John Doe as Roe's successor"
        }
        if (++k + 1 >= s.endToken() || !doc.token(k - 1).is("as")) {
            return -1;
        }
        int m = doc.mentionAt[k];
        if (m >= 0 && doc.type(m) == EntityType.PERSON) {
            int after = doc.mention(m).endToken();
            return after + 1 < s.endToken() && doc.token(after).is("'s")
                    && SUCCESSOR_NOUNS.contains(doc.token(after + 1).norm()) ? m : -1;
        }
        if (m < 0 && s.index() > 0 && POSSESSIVE_PRONOUNS.contains(doc.token(k).norm())
                && SUCCESSOR_NOUNS.contains(doc.token(k + 1).norm())) {
            Sentence previous = doc.sentences.get(s.index() - 1);
            return PersonPronouns.antecedent(doc, previous, previous.endToken());
        }
        return -1;
    }

    /** «سيخلفه», «تخلفها»: an Arabic verb of succession whose object pronoun is the one replaced, named before. */
    private static boolean succeedsHim(Token t) {
        String n = Clitics.withoutConjunction(t.norm());
        String verb = withoutHisOrHer(n);
        return verb.length() < n.length() && SUCCEEDS_AR.contains(verb);
    }

    /** «مكانه», «محلها»: the place of the one a pronoun stands for, whom the doer of «يحل» replaces. */
    private static boolean inHisPlace(Token t) {
        String noun = withoutHisOrHer(t.norm());
        return noun.length() < t.norm().length() && PLACES.contains(noun);
    }

    /** The word without a final pronoun ه or ها (him, her; his, her). */
    private static String withoutHisOrHer(String n) {
        return n.endsWith("ها") ? n.substring(0, n.length() - 2) : n.endsWith("ه") ? n.substring(0, n.length() - 1) : n;
    }

    /** Auxiliaries between an English subject and its verb: "Acme has left", "Acme will quit". */
    private static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "will", "would", "is", "was", "also");

    /**
     * "Sequoia has left Finix", "Acme quit the index": an English verb whose subject right before it is an organization
     * (not one a person is "of") tells of no person's departure.
     */
    private static boolean organizationSubject(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken() - 1;
        while (!tr.arabic() && k > s.firstToken() && doc.mentionAt[k] < 0 && AUXILIARIES.contains(doc.token(k).norm())) {
            k--;
        }
        int m = !tr.arabic() && k >= s.firstToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION && !Grammar.governed(doc, m, s)
                && !doc.token(doc.mention(m).endToken() - 1).is("'s");
    }

    /** A word of replacing within a few words before {@code comma}, with no name between: «خلفا لعقيل بشير،». */
    private static boolean replacingBefore(Doc doc, Sentence s, int comma) {
        for (int k = comma - 1; k >= Math.max(s.firstToken(), comma - 4); k--) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                return false;
            }
            if (REPLACING.contains(Clitics.bare(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * «تبحث عمن يخلف الرئيس التنفيذي X»: a verb of succession whose subject is "whoever" — a successor sought, not
     * named; the person after is the one to be replaced.
     */
    static boolean unnamedSuccessor(Doc doc, Sentence s, int verb) {
        return verb > s.firstToken() && SUCCEEDS_AR.contains(Clitics.withoutConjunction(doc.token(verb).norm()))
                && WHOEVER.contains(Clitics.withoutConjunction(doc.token(verb - 1).norm())) || successorObject(doc, s, verb);
    }

    /** Words before an unnamed successor: "a permanent successor", "an interim replacement". */
    private static final Set<String> SUCCESSOR_MODIFIERS = WordSet.of("a", "an", "its", "his", "her", "their", "the",
            "permanent", "new", "interim", "full", "time", "-");
    private static final Set<String> SUCCESSORS = WordSet.of("successor", "replacement");

    /**
     * "until the board appoints a permanent successor to X", "will name a replacement for X": the one hired is a
     * successor not yet named, and the person after "to"/"for" is the one replaced.
     */
    private static boolean successorObject(Doc doc, Sentence s, int verb) {
        int k = verb + 1;
        while (k < s.endToken() && k < verb + 5 && doc.mentionAt[k] < 0 && SUCCESSOR_MODIFIERS.contains(doc.token(k).norm())) {
            k++;
        }
        return k > verb + 1 && k < s.endToken() && doc.mentionAt[k] < 0 && SUCCESSORS.contains(doc.token(k).norm());
    }

    /**
     * "…, with Roe of Acme set to succeed him": after "with", a person followed by "to" and the verb (past the
     * person's "of" organization and a word of plans) is the verb's subject, not its object.
     */
    private static boolean withSubject(Doc doc, Sentence s, int m, Trigger tr) {
        int before = doc.mention(m).startToken() - 1;
        if (tr.arabic() || before < s.firstToken() || !doc.token(before).is("with")) {
            return false;
        }
        int k = doc.mention(m).endToken();
        if (k + 1 < tr.startToken() && doc.token(k).is("of") && doc.mentionAt[k + 1] >= 0
                && doc.type(doc.mentionAt[k + 1]) == EntityType.ORGANIZATION) {
            k = doc.mention(doc.mentionAt[k + 1]).endToken();
        }
        return k + 2 == tr.startToken() && PLANS.contains(doc.token(k).norm()) && doc.token(k + 1).is("to");
    }

    /** "with X", "من X", "لـX": a person who receives the action rather than does it ("after X" still acts). */
    private static boolean objectOf(Doc doc, int m, Sentence s) {
        String clitic = Grammar.clitic(doc, doc.mention(m));
        if (clitic.indexOf('ب') >= 0 || clitic.indexOf('ل') >= 0) {
            return true;
        }
        int before = doc.mention(m).startToken() - 1;
        return before >= s.firstToken() && Clitics.in(OBJECT_MARKERS, doc.token(before).norm());
    }

    /** A person followed by a speech verb ("…, Jane Roe said") is quoted, not moved. */
    static boolean speaker(Doc doc, Sentence s, int m) {
        int after = doc.mention(m).endToken();
        return after < s.endToken() && Clitics.in(SPEECH_VERBS, doc.token(after).norm());
    }

    /**
     * The organization "its"/«ـها» refers to in "X will become its chief executive": the sentence's first ungoverned
     * organization that is not the one the person's current title names ("X, CEO of Y, will become its CEO").
     */
    static String subjectOrganization(Doc doc, Sentence s, int person) {
        String current = TakenRoles.apposedEmployer(doc, s, person);
        // past a wire's dateline: "DUBAI (Reuters) - Acme said its CEO X …" is Acme's CEO
        int m = Grammar.firstUngoverned(doc, s, Grammar.afterDateline(doc, s), s.endToken(), Grammar.ORGANIZATION, current);
        return m < 0 ? null : doc.id(m);
    }

    /** A move announced for later: "will join", «سيتولى», "to become", or dated after publication. */
    static boolean future(Doc doc, Sentence s, Trigger tr, DateValue date) {
        String first = Clitics.withoutConjunction(doc.token(tr.startToken()).norm()); // «وسيتولى»
        if (tr.arabic() && first.length() > 3 && (first.startsWith("سي") || first.startsWith("ست"))) {
            return true;
        }
        for (int k = Math.max(s.firstToken(), tr.startToken() - 2); k <= tr.startToken(); k++) {
            if (FUTURE_WORDS.contains(doc.token(k).norm()) // "will join", "will become"
                    || doc.token(k).is("to") && k > s.firstToken() && PLANS.contains(doc.token(k - 1).norm())) {
                return true; // "plans to leave"
            }
        }
        return date != null && doc.published != null && date.value().length() == 10
                && date.value().compareTo(doc.published.toString()) > 0;
    }

    /** Whether a fact of this type about this subject was already told in this sentence. */
    static boolean toldInSentence(FactCollector out, Sentence s, FactType type, String subject) {
        for (Fact f : out.all()) {
            if (f.type() == type && f.subject().equals(subject) && f.evidence() != null && f.evidence().start() == s.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Roe will succeed John Doe as CEO", "…, replacing Doe", «ليحل محل أندي بالمر»: the person replaced leaves the
     * newcomer's organization, in the post the newcomer takes.
     */
    static void predecessor(Doc doc, Sentence s, Trigger tr, String org, String role, FactCollector out) {
        for (int k = tr.startToken(); k < s.endToken(); k++) {
            int m = replaced(doc, s, k);
            if (m == NONE) {
                continue;
            }
            if (m >= 0) {
                DateValue date = Attributes.dateFrom(doc, s, k, FactType.EMPLOYMENT_END);
                if (future(doc, s, tr, date)) {
                    date = Attributes.ahead(doc, date); // "will take over from X in June": the June to come
                }
                out.add(FactType.EMPLOYMENT_END, doc.id(m), org, null, null, date, role, null, Attributes.evidence(doc, s), 0.6);
                if (role != null) { // the post the newcomer takes was the predecessor's until now
                    out.add(FactType.ROLE, doc.id(m), org, null, null, null, role, null, Attributes.evidence(doc, s), 0.6);
                }
            }
            return;
        }
    }

    /**
     * "He will take over from Otellini on May 16": the day of a handover told again dates the departure already known,
     * which fell back on the publication month.
     */
    static void handover(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int m = replaced(doc, s, k);
            if (m < 0) {
                continue;
            }
            DateValue day = Attributes.dateFrom(doc, s, k, FactType.EMPLOYMENT_END);
            succeededByPronoun(doc, s, m, out);
            for (Fact f : out.all()) {
                if (f.type() == FactType.EMPLOYMENT_END && f.subject().equals(doc.id(m)) && day != null && day.text() != null) {
                    out.add(FactType.EMPLOYMENT_END, f.subject(), f.object(), null, null, day, null, null, f.evidence(), f.confidence());
                }
            }
        }
    }

    /**
     * "Acme named Roe its CFO. She succeeds Doe, who plans to retire.": the person replaced leaves the post the hire
     * of the sentence before filled, unless a departure of hers from a stated post is already told.
     */
    private static void succeededByPronoun(Doc doc, Sentence s, int m, FactCollector out) {
        if (s.index() == 0) {
            return;
        }
        int opening = doc.mentionAt[s.firstToken()];
        String named = opening >= 0 && opening != m && doc.type(opening) == EntityType.PERSON ? doc.id(opening) : null;
        if (named == null && !PersonPronouns.SUBJECTS.contains(doc.token(s.firstToken()).norm()) && !described(doc, s, m)) {
            return;
        }
        int previousStart = doc.sentences.get(s.index() - 1).start();
        Fact hire = null;
        for (Fact f : out.all()) {
            if (f.type() == FactType.EMPLOYMENT_END && f.subject().equals(doc.id(m)) && f.role() != null) {
                return; // "who retires in June" alone told no post: the hire's post is the one left
            }
            if (f.type() == FactType.EMPLOYMENT_START && f.role() != null && f.evidence() != null
                    && f.evidence().start() == previousStart && !f.subject().equals(doc.id(m))
                    && (named == null || named.equals(f.subject()))) { // "Roe succeeds Doe": Roe is the one just hired
                hire = f;
            }
        }
        if (hire != null) {
            // the post changes hands when the hire takes it; "succeed current CEO and MD X" names the posts X leaves
            String titled = TakenRoles.roleBefore(doc, s, m);
            String post = titled != null ? titled : hire.role();
            out.add(FactType.EMPLOYMENT_END, doc.id(m), hire.object(), null, null, hire.date(), post, null, Attributes.evidence(doc, s), 0.5);
            out.add(FactType.ROLE, doc.id(m), hire.object(), null, null, null, post, null, Attributes.evidence(doc, s), 0.5);
        }
    }

    /** "The 27-year company veteran replaces Doe": a description of the newcomer, no name, opens the sentence. */
    private static boolean described(Doc doc, Sentence s, int replaced) {
        int start = doc.mention(replaced).startToken();
        return doc.token(s.firstToken()).is("the") && start - s.firstToken() <= 8
                && doc.mentionsIn(s.firstToken(), start).isEmpty();
    }

    /** The person the word of replacing at {@code k} names ("replaced CEO Bob Doe"), or -1. */
    static int personReplaced(Doc doc, Sentence s, int k) {
        return Math.max(-1, replaced(doc, s, k));
    }

    /** Whether the person is the one a word of replacing right before names: "replaces Bob Doe, who …". */
    static boolean replacedHere(Doc doc, Sentence s, int person) {
        int k = doc.mention(person).startToken() - 1;
        return k >= s.firstToken() && replaced(doc, s, k) == person;
    }

    /** Whether the person is the newcomer an Arabic succession with a pronoun names right before: «ليحل مكانه X», «وسيخلفه X». */
    static boolean newcomerHere(Doc doc, Sentence s, int person) {
        int k = doc.mention(person).startToken() - 1;
        return k >= s.firstToken() && (inHisPlace(doc.token(k)) || succeedsHim(doc.token(k)));
    }

    /** Courtesy words, bare or under «لـ», between a word of replacing and the name: «خلفاً للمهندس X». */
    private static final Set<String> COURTESY = WordSet.of("للمهندس", "المهندس", "للدكتور", "الدكتور", "للسيد", "السيد",
            "للسيده", "السيده", "للاستاذ", "الاستاذ", "للشيخ", "الشيخ");

    /**
     * Words describing the one replaced before the name: "replace the long-serving X", "succeeds outgoing chief X",
     * «خلفا للرئيس المستقيل X», «بدلا من المدير السابق X» (an Arabic adjective follows the title it describes).
     */
    private static final Set<String> PREDECESSOR_WORDS = WordSet.of("the", "long", "-", "serving", "longtime",
            "outgoing", "retiring", "departing", "incumbent", "current", "المستقيل", "المستقيله", "السابق", "السابقه",
            "المتقاعد", "المتقاعده", "المغادر", "المغادره", "المقال", "المقاله", "الحالي", "الحاليه");

    private static final int NONE = -2;
    private static final long MAY_REPLACE = WordFlags.newFlag();

    /** A word {@link #replaced} can start at: the tests of the word alone, asked of every token of every sentence. */
    private static boolean mayReplace(String n) {
        return n.equals("from") || n.equals("of") || SUCCEEDS_AR.contains(Clitics.withoutConjunction(n)) || REPLACING.contains(Clitics.bare(n))
                || REPLACING.contains(n);
    }

    /** At a word of replacing: the person replaced, -1 when the words after name no one, {@link #NONE} elsewhere. */
    private static int replaced(Doc doc, Sentence s, int k) {
        WordFlags.Word word = doc.word(k);
        if (!(word.known(MAY_REPLACE) ? word.is(MAY_REPLACE) : word.set(MAY_REPLACE, mayReplace(doc.token(k).norm())))) {
            return NONE;
        }
        boolean takingOver = doc.token(k).is("from") && overBefore(doc, s, k)
                || doc.token(k).is("of") && k - 2 >= s.firstToken() && doc.token(k - 1).is("place") && doc.token(k - 2).is("the");
        boolean verbFirst = SUCCEEDS_AR.contains(Clitics.withoutConjunction(doc.token(k).norm()));
        if (!takingOver && !verbFirst && !REPLACING.contains(Clitics.bare(doc.token(k).norm()))
                && !REPLACING.contains(doc.token(k).norm())) {
            return NONE;
        }
        if (passiveSuccession(doc, s, k)) {
            return passiveSubject(doc, s, k); // "Doe will be replaced by Roe": Doe leaves
        }
        int from = k + 1;
        if (verbFirst && namedBeforeVerb(doc, s, k) < 0 && !unnamedSuccessor(doc, s, k) && from < s.endToken()
                && doc.mentionAt[from] >= 0) {
            from = doc.mention(doc.mentionAt[from]).endToken(); // «سيخلف A B»: A is the successor, B the one replaced
        }
        // «خلفا لـ “X”»: the preposition and a quote may both stand before the name; "replace the long-serving X";
        // "succeed current CEO and MD X": the post the one replaced holds
        int limit = from + 5;
        for (int j = from; j < Math.min(s.endToken(), limit); j++) {
            int m = doc.mentionAt[j];
            if (m >= 0) {
                return doc.type(m) == EntityType.PERSON ? m : -1;
            }
            RoleMatch title = doc.token(j).script() == Script.LATIN ? RoleFacts.match(doc, j, s.endToken())
                    : ArabicRoles.match(doc.tokens, j, s.endToken()); // «خلفا لمؤسسها X»
            if (title != null && !title.group()) {
                limit += title.endToken() - j;
                j = title.endToken() - 1;
                continue;
            }
            if (!Grammar.isQuote(doc.token(j)) && !doc.token(j).is("ل") && !COURTESY.contains(doc.token(j).norm())
                    && !PREDECESSOR_WORDS.contains(doc.token(j).norm())
                    && !(j == k + 1 && REPLACING_PREPOSITIONS.contains(doc.token(j).norm()))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "take over from X", "take over as CEO of Acme from X", "takes over the chief executive role from X": "over" a
     * few words before "from", with no person or comma between.
     */
    private static boolean overBefore(Doc doc, Sentence s, int from) {
        for (int k = from - 1; k >= Math.max(s.firstToken(), from - 8); k--) {
            if (doc.token(k).is("over")) {
                return true;
            }
            if (doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON || Grammar.isComma(doc.token(k))) {
                return false;
            }
        }
        return false;
    }

    /** «يخلف», «سيخلف»: a verb whose doer takes the post of the one named after it. */
    static boolean succeeds(Doc doc, Trigger tr) {
        return SUCCEEDS_AR.contains(Clitics.withoutConjunction(doc.token(tr.startToken()).norm()));
    }

    private static int personRightBefore(Doc doc, Sentence s, int k) {
        int m = k - 1 >= s.firstToken() ? doc.mentionAt[k - 1] : -1;
        return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
    }

    /**
     * The person named before the verb at {@code k} as its subject: right before it, or before a title apposed to the
     * name (between commas, or in Arabic without them); or -1.
     */
    private static int namedBeforeVerb(Doc doc, Sentence s, int k) {
        int subject = personRightBefore(doc, s, k);
        if (subject < 0) {
            subject = personTitledBefore(doc, s, k);
        }
        if (subject < 0 && doc.token(k).script() == Script.ARABIC) {
            subject = personUncommaedTitleBefore(doc, s, k);
        }
        return subject;
    }

    /** How long a title set off between a name and its verb may run. */
    private static final int APPOSED_TITLE_WORDS = 14;

    /**
     * «فلان، المدير المالي لشركة Y حاليا، سيخلف X»: the person before {@code k} whose title, set off between commas,
     * stands between the name and its verb; or -1.
     */
    private static int personTitledBefore(Doc doc, Sentence s, int k) {
        if (k - 1 <= s.firstToken() || !Grammar.isComma(doc.token(k - 1))) {
            return -1;
        }
        for (int j = k - 2; j > Math.max(s.firstToken(), k - APPOSED_TITLE_WORDS); j--) {
            if (Grammar.isComma(doc.token(j))) {
                int m = personRightBefore(doc, s, j);
                return m >= 0 && TakenRoles.apposedRole(doc, s, m) != null ? m : -1;
            }
        }
        return -1;
    }

    /**
     * «إن فلان العضو في مجلس الإدارة سيخلف X»: Arabic apposes a title to a name without commas too; the person whose
     * title starts right after the name, with no comma or other person between the name and the verb at {@code k}; or -1.
     */
    private static int personUncommaedTitleBefore(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - APPOSED_TITLE_WORDS); j--) {
            if (Grammar.isComma(doc.token(j))) {
                return -1;
            }
            int m = doc.mentionAt[j];
            if (m >= 0 && doc.type(m) == EntityType.PERSON) {
                int after = doc.mention(m).endToken();
                return after < k && RoleFacts.match(doc, after, k) != null ? m : -1;
            }
        }
        return -1;
    }

    /**
     * "was appointed", "has been named", and the headline's passive without its auxiliary, "Jane Roe named CEO of Acme",
     * "Roe appointed to the board": a passive hire whose subject is the person hired.
     */
    static boolean passive(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken() - 1;
        if (k < s.firstToken()) {
            return false;
        }
        if (tr.arabic()) {
            return arabicPassive(doc, s, tr);
        }
        if (Grammar.PASSIVE_AUXILIARIES.contains(doc.token(k).norm())) {
            return true;
        }
        int after = tr.endToken();
        boolean companyFirst = after < s.endToken() && doc.mentionAt[after] >= 0
                && doc.type(doc.mentionAt[after]) == EntityType.ORGANIZATION;
        if (companyFirst) { // a headline's "X named Acme CEO": the post's company before the post
            after = doc.mention(doc.mentionAt[after]).endToken();
            after += after < s.endToken() && doc.token(after).is("'s") ? 1 : 0;
        }
        if (personRightBefore(doc, s, tr.startToken()) < 0 || !doc.token(tr.endToken() - 1).norm().endsWith("ed")
                || after >= s.endToken() || doc.mentionAt[after] >= 0) {
            return false;
        }
        if (!companyFirst) {
            return doc.token(after).is("as") || doc.token(after).is("to") || RoleFacts.match(doc, after, s.endToken()) != null;
        }
        RoleMatch post = RoleFacts.match(doc, after, s.endToken());
        return post != null && postCloses(doc, s, post.endToken());
    }

    /** «الذي», «التي», «قد» (folded): what stands between a name and the verb of a passive told of it. */
    private static final Set<String> BEFORE_ARABIC_PASSIVE = WordSet.of("الذي", "التي", "قد", "وقد");

    /**
     * «X الذي عُيّن رئيسا تنفيذيا», «وكان X قد عُيّن مديرا»: unvocalized, the verb of hiring reads as a passive when
     * the name before it is its subject (past a relative or «قد») and the post follows it straight, with no hirer
     * and no one hired between («الذي عيّن فلانا رئيسا» is active).
     */
    private static boolean arabicPassive(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken() - 1;
        if (!BEFORE_ARABIC_PASSIVE.contains(doc.token(k).norm()) || personRightBefore(doc, s, k) < 0) {
            return false;
        }
        RoleMatch post = TakenRoles.accusativeTitleAt(doc, s, tr.endToken());
        return post != null && !newOne(doc, s, post.endToken());
    }

    /** «مديرا جديدا»: an indefinite post named "new" is one the subject fills («قد عيّن مديرا جديدا»), not his own. */
    private static boolean newOne(Doc doc, Sentence s, int k) {
        return k < s.endToken() && NEW_INDEFINITE.contains(doc.token(k).norm())
                || k - 1 >= s.firstToken() && NEW_INDEFINITE.contains(doc.token(k - 1).norm());
    }

    /** «جديدا», «جديدة» (folded): "a new" one, in the accusative of a post filled. */
    private static final Set<String> NEW_INDEFINITE = WordSet.of("جديدا", "جديده");

    /** Words after "named Acme CEO" that make it another reading: a person ("Acme CEO Jane Roe"), "as", "of the year". */
    private static final Set<String> NOT_A_POST_END = WordSet.of("as", "of", "for");

    /** Whether the post of a headline's "X named Acme CEO" ends its clause rather than describing a name or an award. */
    private static boolean postCloses(Doc doc, Sentence s, int k) {
        return k >= s.endToken() || doc.mentionAt[k] < 0 && !NOT_A_POST_END.contains(doc.token(k).norm());
    }

    /**
     * "Acme's chief technology officer has resigned" with no name: the one person already told to have left Acme is
     * that officer; the title is hers (ROLE) and the post she left.
     */
    static Fact titledLeaver(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int k = tr.startToken() - 1;
        while (k > s.firstToken() && (doc.token(k).is("has") || doc.token(k).is("had") || doc.token(k).is("have"))) {
            k--;
        }
        RoleMatch title = null;
        for (int j = Math.max(s.firstToken(), k - 5); j <= k && title == null; j++) {
            RoleMatch r = doc.mentionAt[j] < 0 ? RoleFacts.match(doc, j, k + 1) : null;
            title = r != null && r.endToken() == k + 1 && !r.group() && !r.deputyOnly() ? r : null;
        }
        String org = title == null ? null : RoleEmployers.orgBefore(doc, s, title, -1);
        if (org == null) {
            return null;
        }
        String leaver = null;
        for (Fact f : out.all()) {
            if (f.type() == FactType.EMPLOYMENT_END && org.equals(f.object())) {
                if (leaver != null && !leaver.equals(f.subject())) {
                    return null; // several leavers: which one held the title is not told
                }
                leaver = f.subject();
            }
        }
        if (leaver == null) {
            return null;
        }
        out.add(FactType.EMPLOYMENT_END, leaver, org, null, null, null, title.mainRole(), null, Attributes.evidence(doc, s), 0.5);
        out.add(FactType.ROLE, leaver, org, null, null, null, title.mainRole(), null, Attributes.evidence(doc, s), 0.5);
        return out.last();
    }
}
