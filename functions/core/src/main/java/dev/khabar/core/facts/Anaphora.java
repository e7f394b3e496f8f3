package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the company", "الشركة", "للبنك", "the startup": a noun phrase standing for an organization named before. It is the
 * latest organization mentioned earlier whose name holds the same noun (بنك القاهرة for البنك), else the latest one.
 */
final class Anaphora {
    /** folded noun → the word to look for in the organization's name, or "" for any organization */
    private static final Map<String, String> ARABIC = Map.ofEntries(Map.entry("الشركه", ""), Map.entry("البنك", "بنك"),
            Map.entry("الجهاز", "جهاز"), Map.entry("المجموعه", "مجموعه"), Map.entry("المصرف", "مصرف"),
            Map.entry("الصندوق", "صندوق"), Map.entry("الهيئه", "هيئه"), Map.entry("المنصه", ""), Map.entry("الخطوط", ""),
            Map.entry("الناقله", ""), Map.entry("الموسسه", "موسسه"), Map.entry("الوزاره", "وزاره"), Map.entry("القناه", "قناه"), Map.entry("الصحيفه", "صحيفه"),
            Map.entry("العملاق", ""));
    private static final String AIRLINE = "الخطوط";
    /**
     * «العملاق الكوري», "the Korean giant": the company, as English "giant" is, but only opening its own phrase; after a
     * definite noun it describes that noun («المشروع العملاق», "the giant project").
     */
    private static final String GIANT = "العملاق";
    /** «الذي», «التي»: definite in writing, but no noun «العملاق» could be the adjective of. */
    private static final Set<String> RELATIVE_WORDS = WordSet.of("الذي", "التي");
    /** «القناة», «الصحيفة»: nouns that stand only for an organization named with them (قناة X), never for any other. */
    private static final Set<String> NAMED_ONLY = WordSet.of("القناه", "الصحيفه");
    /** Heads of public bodies, which «الشركة» never stands for: the ministry or authority a company dealt with. */
    private static final Set<String> PUBLIC_HEADS = WordSet.of("وزاره", "هيئه", "موسسه", "جامعه", "جهاز", "سلطه",
            "مجلس", "لجنه", "حكومه");
    private static final String COMPANY = "الشركه";
    private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("company", ""), Map.entry("firm", ""),
            Map.entry("startup", ""), Map.entry("giant", ""), Map.entry("group", ""), Map.entry("bank", "bank"),
            Map.entry("lender", ""), Map.entry("business", ""), Map.entry("unit", ""), Map.entry("chipmaker", ""),
            Map.entry("carmaker", ""), Map.entry("automaker", ""), Map.entry("maker", ""), Map.entry("retailer", ""),
            Map.entry("insurer", ""), Map.entry("operator", ""), Map.entry("developer", ""), Map.entry("provider", ""),
            Map.entry("platform", ""), Map.entry("conglomerate", ""), Map.entry("outlet", ""), Map.entry("fintech", ""),
            Map.entry("biotech", ""), Map.entry("drugmaker", ""), Map.entry("airline", ""), Map.entry("telco", ""),
            Map.entry("vendor", ""), Map.entry("contractor", ""), Map.entry("manufacturer", ""));

    static final Set<String> PRONOUNS = WordSet.of("it", "they");

    private Anaphora() {
    }

    /**
     * "It has received investment from …": a subject pronoun opening the clause at {@code from} stands for the
     * organization a previous sentence opened on, else the one the text is about; null when there is no pronoun.
     */
    static String subjectPronoun(Doc doc, Sentence s, int from) {
        int k = from < s.endToken() && doc.token(from).is("that") ? from + 1 : from;
        if (k >= s.endToken() || doc.mentionAt[k] >= 0 || !PRONOUNS.contains(doc.token(k).norm())) {
            return null;
        }
        String opening = openingOrganization(doc, s);
        return opening != null ? opening : doc.topic;
    }

    /** How many tokens into a sentence the organization it opens on may start: "Paris-based biotech Acme". */
    private static final int OPENING_REACH = 5;

    /**
     * The organization one of the two sentences before {@code s} opens on, or null. A place describing it comes first
     * ("Lagos-based fintech Acme"); a source no sentence is about does not count ("According to Statista data, …"), nor
     * an outlet.
     */
    private static String openingOrganization(Doc doc, Sentence s) {
        for (int back = s.index() - 1; back >= Math.max(0, s.index() - 2); back--) {
            Sentence previous = doc.sentences.get(back);
            int reach = 3;
            for (int m : doc.mentionsIn(previous.firstToken(), Math.min(previous.endToken(), previous.firstToken() + OPENING_REACH))) {
                int start = doc.mention(m).startToken() - previous.firstToken();
                if (start >= reach) {
                    break;
                }
                if (start == 0 && RoleEmployers.basedPlace(doc, previous, m)) {
                    reach = OPENING_REACH;
                } else if (doc.type(m) != EntityType.ORGANIZATION || NonEmployers.excluded(doc, m, previous)) {
                    break;
                } else if (!Grammar.governed(doc, m, previous)) {
                    return doc.id(m);
                }
            }
        }
        return null;
    }

    /** Verbs of a passive between its subject and the trigger: "It was acquired", "it has been backed". */
    private static final Set<String> PASSIVE_AUXILIARIES = WordSet.of("was", "is", "were", "are", "has", "have", "had",
            "been", "be", "will", "would", "later", "then", "also", "subsequently");

    /**
     * "It was acquired by Tessor", "It is backed by Gorse": the pronoun opening a passive sentence, right before its
     * verb, stands for the organization a sentence just before opens on; null when the sentence opens otherwise or no
     * sentence before opens on a company ("The hotel opened in 1990. It was acquired …" names no company acquired).
     */
    static String passivePronoun(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic() || tr.startToken() - s.firstToken() < 2) {
            return null;
        }
        for (int k = s.firstToken() + 1; k < tr.startToken(); k++) {
            if (!PASSIVE_AUXILIARIES.contains(doc.token(k).norm())) {
                return null;
            }
        }
        return doc.token(s.firstToken()).is("it") ? openingOrganization(doc, s) : null;
    }

    /**
     * "its" at token {@code k}: the organization named before it in the same sentence that no preposition governs, else
     * the one a previous sentence opened on; null when neither (the story's main company is too loose a guess for an
     * owner of investments).
     */
    static String possessive(Doc doc, Sentence s, int k) {
        int doer = Grammar.firstUngoverned(doc, s, s.firstToken(), k, Grammar.ORGANIZATION, null);
        if (doer >= 0) {
            return doc.id(doer);
        }
        return openingOrganization(doc, s);
    }

    private static Sentence sentenceOf(Doc doc, int token) {
        for (Sentence s : doc.sentences) {
            if (token >= s.firstToken() && token < s.endToken()) {
                return s;
            }
        }
        return null;
    }

    /** Length in tokens of an anaphoric phrase at token i (0 when there is none). */
    static int length(Doc doc, int i, Sentence s) {
        if (i >= s.endToken() || doc.mentionAt[i] >= 0) {
            return 0;
        }
        Token t = doc.token(i);
        for (String r : Clitics.readings(t.norm())) {
            if (ARABIC.containsKey(r)) {
                if (r.equals(GIANT)) {
                    Token before = i > s.firstToken() ? doc.token(i - 1) : null; // «المشروع العملاق»: an adjective
                    return before != null && !Grammar.isPreposition(before) && !RELATIVE_WORDS.contains(before.norm())
                            && Clitics.anyReadingDefinite(before.norm()) ? 0 : 1;
                }
                // «الخطوط» alone is "the lines" («الخطوط العريضة»); «الخطوط الجوية» is the airline
                return !r.equals(AIRLINE) ? 1 : i + 1 < s.endToken() && doc.token(i + 1).is("الجويه") ? 2 : 0;
            }
        }
        if (t.is("the")) {
            int k = i + 1;
            int limit = i + 5;
            if (k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.LOCATION) {
                limit += doc.mention(doc.mentionAt[k]).endToken() - k;
                k = doc.mention(doc.mentionAt[k]).endToken(); // "the U.S. venture capital firm": a place describes the noun
            }
            for (; k < Math.min(s.endToken(), limit); k++) {
                Token w = doc.token(k);
                if (doc.mentionAt[k] >= 0 || !(w.isWord() || w.is("-")) || Grammar.isPreposition(w)) {
                    return 0; // "the data-labeling startup" holds a hyphen; "the terms of a firm-fixed contract" is no phrase
                }
                if (ENGLISH.containsKey(w.norm())) {
                    return k - i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The anaphoric phrase of {@code s} nearest before {@code to}, from {@code from} on, with no name between it and
     * {@code to} ("Reuters reported that the company laid off …"), or -1.
     */
    static int nearestBefore(Doc doc, Sentence s, int from, int to) {
        int start = Math.max(s.firstToken(), from);
        for (int k = to - 1; k >= start && doc.mentionAt[k] < 0; k--) {
            if (length(doc, k, s) > 0) {
                return k;
            }
        }
        return -1;
    }

    /** The first anaphoric phrase of {@code s} in [{@code from}, {@code to}), or -1. */
    static int firstIn(Doc doc, Sentence s, int from, int to) {
        for (int k = Math.max(s.firstToken(), from); k < to; k++) {
            if (length(doc, k, s) > 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "the company's", "the NYC-based startup's": the token opening an anaphoric noun phrase that ends at {@code noun},
     * or -1 when that word is no such noun.
     */
    static int phraseEndingAt(Doc doc, int noun, Sentence s) {
        if (!ENGLISH.containsKey(doc.token(noun).norm())) {
            return -1;
        }
        for (int k = noun - 1; k >= Math.max(s.firstToken(), noun - 6); k--) {
            Token t = doc.token(k);
            if (t.is("the")) {
                return k;
            }
            if (Grammar.isComma(t) || Grammar.isPreposition(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether an English word is a noun that can stand for an organization ("company", "firm", "startup"). */
    static boolean isNoun(Token t) {
        return ENGLISH.containsKey(t.norm());
    }

    /** The organization an anaphoric phrase at token i refers to, or null. */
    static String resolve(Doc doc, int i) {
        return resolve(doc, i, null);
    }

    /** As {@link #resolve(Doc, int)}, never answering {@code exclude} (the doer cannot be its own object). */
    static String resolve(Doc doc, int i, String exclude) {
        return resolve(doc, i, exclude, false);
    }

    /**
     * «الرئيس التنفيذي للمجموعة»: the organization a noun inside a title stands for only when one was named with that
     * noun (مجموعة X), else null: the story's company is then a better guess than the latest name.
     */
    static String resolveNamed(Doc doc, int i) {
        return resolve(doc, i, null, true);
    }

    private static String resolve(Doc doc, int i, String exclude, boolean namedOnly) {
        Token t = doc.token(i);
        for (int k = i + 1; k < Math.min(doc.tokens.size(), i + 5); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                boolean apposed = !t.is("the") || ENGLISH.containsKey(doc.token(k - 1).norm()); // not "the startup told X"
                if (apposed && doc.type(m) == EntityType.ORGANIZATION && !doc.id(m).equals(exclude)) {
                    return doc.id(m); // "الشركة الناشئة المصرية فوري", "the startup Acme": the name apposed to the noun
                }
                break;
            }
            if (Grammar.isComma(doc.token(k)) || Grammar.isPreposition(doc.token(k))) {
                break;
            }
        }
        String want = null;
        boolean company = false;
        for (String r : Clitics.readings(t.norm())) {
            if (ARABIC.containsKey(r)) {
                want = ARABIC.get(r);
                namedOnly |= NAMED_ONLY.contains(r);
                company |= r.equals(COMPANY);
            }
        }
        if (want == null) {
            for (int k = i + 1; k < Math.min(doc.tokens.size(), i + 5); k++) {
                if (ENGLISH.containsKey(doc.token(k).norm())) {
                    want = ENGLISH.get(doc.token(k).norm());
                    break;
                }
            }
        }
        Sentence here = sentenceOf(doc, i);
        String described = here == null || !t.is("the") ? null : describedAs(doc, here, i, exclude);
        if (described != null) {
            return described; // "X invested in Pixley, a payments startup. The startup was founded by …"
        }
        if (here != null && here.index() > 0 && opening(doc, here, i) && (want == null || want.isEmpty())) {
            // "The company was founded …" opening a sentence: the doer of the sentence before
            Sentence previous = doc.sentences.get(here.index() - 1);
            if (length(doc, previous.firstToken(), previous) > 0) {
                return resolve(doc, previous.firstToken(), exclude); // "The startup operates … The company raised …"
            }
            for (int m : doc.mentionsIn(previous.firstToken(), previous.endToken())) {
                int after = doc.mention(m).endToken();
                boolean possessor = after < previous.endToken() && doc.token(after).is("'s"); // "Sequoia's Roelof Botha"
                boolean dateline = after < previous.endToken() && (doc.token(after).is(":") || doc.token(after).is(")"));
                if (doc.type(m) == EntityType.ORGANIZATION && !doc.id(m).equals(exclude) && !possessor && !dateline
                        && !Grammar.governed(doc, m, previous) && !NonEmployers.excluded(doc, doc.id(m))
                        && !(company && publicBody(doc, m))) {
                    return doc.id(m);
                }
            }
        }
        String any = null;
        for (int k = i - 1; k >= 0; k--) {
            int m = doc.mentionAt[k];
            if (m < 0 || doc.type(m) != EntityType.ORGANIZATION || doc.id(m).equals(exclude)
                    || NonEmployers.excluded(doc, doc.id(m)) && !namedBy(doc, m, want) || company && publicBody(doc, m)) {
                continue; // "TechCrunch reports …": "the company" is never the outlet or the regulator telling of it;
                // «رئيس الهيئة» is the head of the authority named before, regulator or not
            }
            if (want == null || want.isEmpty()) {
                return nearestOrLead(doc, m, here, i, exclude, company);
            }
            if (any == null) {
                any = doc.id(m);
                if (here != null && here.index() == sentenceOf(doc, k).index() && doerOf(doc, here) == m) {
                    return any; // «عين بنك X فلان رئيسا تنفيذيا للمجموعة»: the doer of the noun's own sentence, cued or not
                }
            }
            int before = doc.mention(m).startToken() - 1;
            while (before >= 0 && Grammar.isQuote(doc.token(before))) {
                before--;
            }
            boolean cued = before >= 0 && Clitics.bare(doc.token(before).norm()).equals(want);
            if (cued || TextNormalizer.normalize(doc.mention(m).surface()).contains(want)) {
                return doc.id(m);
            }
            k = doc.mention(m).startToken();
        }
        return namedOnly ? null : any;
    }

    /** Whether the name of mention {@code m} holds the anaphor's own noun: «هيئة السوق المالية» for «الهيئة». */
    private static boolean namedBy(Doc doc, int m, String want) {
        return want != null && !want.isEmpty() && TextNormalizer.normalize(doc.mention(m).surface()).contains(want);
    }

    /** Whether the organization of mention {@code m} is a public body by its first word (وزارة، المؤسسة العامة …). */
    private static boolean publicBody(Doc doc, int m) {
        String first = TextNormalizer.normalize(doc.token(doc.mention(m).startToken()).norm());
        return PUBLIC_HEADS.contains(first) || PUBLIC_HEADS.contains(Clitics.bare(first));
    }

    /** Nouns any company is called by, which single none out: "the company", "the group". */
    private static final Set<String> ANY_COMPANY = WordSet.of("company", "firm", "group", "business", "giant", "unit");
    /** How many sentences back a company described by the noun is looked for. */
    private static final int DESCRIBED_REACH = 2;

    /**
     * "Pixley, a payments startup … The startup", "the London fintech Brixton Pay … the fintech": the latest company
     * before the phrase at {@code i} that the text described by the phrase's own noun, when that noun is not one any
     * company is called by; else null.
     */
    private static String describedAs(Doc doc, Sentence here, int i, String exclude) {
        int end = i + length(doc, i, here);
        String noun = end > i ? doc.token(end - 1).norm() : null;
        if (noun == null || ANY_COMPANY.contains(noun) || !ENGLISH.containsKey(noun)) {
            return null;
        }
        int floor = doc.sentences.get(Math.max(0, here.index() - DESCRIBED_REACH)).firstToken();
        for (int k = i - 1; k >= floor; k--) {
            int m = doc.mentionAt[k];
            if (m < 0) {
                continue;
            }
            k = doc.mention(m).startToken();
            if (doc.type(m) == EntityType.ORGANIZATION && !doc.id(m).equals(exclude)
                    && (k > 0 && doc.token(k - 1).is(noun) || apposedNoun(doc, doc.mention(m).endToken(), i, noun))) {
                return doc.id(m);
            }
        }
        return null;
    }

    /** ", a payments startup": a noun phrase in apposition right after a name, holding {@code noun}. */
    private static boolean apposedNoun(Doc doc, int comma, int limit, String noun) {
        if (comma + 2 >= limit || !Grammar.isComma(doc.token(comma))
                || !(doc.token(comma + 1).is("a") || doc.token(comma + 1).is("an") || doc.token(comma + 1).is("the"))) {
            return false;
        }
        for (int k = comma + 2; k < Math.min(limit, comma + 8) && doc.mentionAt[k] < 0 && !Grammar.isComma(doc.token(k)); k++) {
            if (doc.token(k).is(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase at token i opens its sentence: first or second word, or in Arabic after a verb or two that
     * name nothing («ويقع مقر الشركة», «ولم تعلن الشركة»).
     */
    static boolean opening(Doc doc, Sentence here, int i) {
        int from = here.firstToken();
        if (i - from <= 1) {
            return true;
        }
        if (i - from > 3 || doc.token(i).script() != Script.ARABIC) {
            return false;
        }
        for (int k = from; k < i; k++) {
            if (doc.mentionAt[k] >= 0 || !doc.token(k).isWord() || length(doc, k, here) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bare "the company" after {@code nearest}, the closest organization named before it: that one when it is named in
     * the same sentence ("a former leader at X, … the company") or is the doer of the sentence before (the first
     * organization no preposition or conjunction governs);
     * otherwise the organization the story leads with, for the closest name was an investor ("led by X"), the object of
     * a deal or a name in a side clause.
     */
    private static String nearestOrLead(Doc doc, int nearest, Sentence here, int i, String exclude, boolean company) {
        Sentence own = sentenceOf(doc, doc.mention(nearest).startToken());
        if (here == null || own == null || own.index() == here.index() || here.index() - own.index() <= 1 && doerOf(doc, own) == nearest) {
            return doc.id(nearest);
        }
        if (here.index() - own.index() <= 1) {
            int opener = firstIn(doc, own, own.firstToken(), Math.min(own.endToken(), own.firstToken() + 2));
            if (opener >= 0 && opener < i) {
                return resolve(doc, opener, exclude); // "The startup raised money from X. … the company acquired": a chain
            }
            if (introduced(doc, nearest)) {
                return doc.id(nearest); // "X backed Acme, a parking app. In 2019, the company raised …": the one just introduced
            }
        }
        String lead = lead(doc);
        if (lead != null && !lead.equals(exclude) && !lead.equals(doc.id(nearest)) && namedBefore(doc, lead, i)
                && !(company && publicBodyNamed(doc, lead))) {
            return lead;
        }
        return doc.id(nearest);
    }

    /** Prepositions of the party a doer gets money or a deal from or with. */
    private static final Set<String> SOURCES = WordSet.of("from", "by", "with");

    /**
     * "Acme, a parking app for …": an organization the text introduces with an indefinite description in apposition,
     * which is then what the next sentence tells of, even as the object of another's verb.
     */
    private static boolean introduced(Doc doc, int m) {
        int comma = doc.mention(m).endToken();
        int before = doc.mention(m).startToken() - 1;
        if (before >= 0 && SOURCES.contains(doc.token(before).norm())) {
            return false; // "Acme raised $5m from Orbit, a fund in Oslo": the investor, not what the story is about
        }
        return comma + 2 < doc.tokens.size() && Grammar.isComma(doc.token(comma))
                && (doc.token(comma + 1).is("a") || doc.token(comma + 1).is("an")) && doc.mentionAt[comma + 2] < 0;
    }

    /** Particles an Arabic verb may follow at the opening of its sentence: «كما وقعت», «وقد أطلقت», «وكانت قد استحوذت». */
    private static final Set<String> VERB_OPENERS = WordSet.of("كما", "قد", "لقد", "كانت", "ثم");
    /** Time words between a verb and its object, never its doer: «واستحوذت العام الماضي على X». */
    private static final Set<String> TIME_WORDS = WordSet.of("العام", "الشهر", "الاسبوع", "اليوم", "السنه", "امس");

    /**
     * «تعمل شركة X في قطاع المياه. وأطلقت تطبيق "موجة"»: a feminine Arabic verb opening its sentence, with no doer named,
     * drops the company the sentence before was about, its doer; null when the verb does not open the sentence, is not
     * feminine (a person's verb), or is followed by a definite noun that may be its doer.
     */
    static String droppedSubject(Doc doc, Sentence s, Trigger tr) {
        int verbAt = dealVerbBefore(doc, s, tr);
        for (int k = s.firstToken(); k < (verbAt >= 0 ? verbAt : tr.startToken()); k++) {
            if (!VERB_OPENERS.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                return null;
            }
        }
        if (verbAt >= 0) {
            return previousDoer(doc, s); // «ووقعت مذكرة تفاهم مع X», «وفازت بعقد من Y»
        }
        String verb = Clitics.withoutConjunction(doc.token(tr.startToken()).norm());
        int next = tr.endToken();
        if (!(verb.endsWith("ت") || verb.startsWith("ت")) || next < s.endToken() && doc.mentionAt[next] < 0
                && doc.token(next).norm().startsWith("ال") && !TIME_WORDS.contains(doc.token(next).norm())) {
            return null;
        }
        return previousDoer(doc, s);
    }

    /** Feminine verbs of making or winning a deal whose noun follows them: «وقعت مذكرة», «أبرمت اتفاقية», «فازت بعقد». */
    private static final Set<String> DEAL_VERBS = WordSet.of("وقعت", "ابرمت", "عقدت", "فازت", "ربحت", "اعلنت");

    /**
     * The verb of {@link #DEAL_VERBS} right before the trigger's indefinite noun (past «عن» after «أعلنت»), or -1: the
     * noun's doer is the verb's.
     */
    private static int dealVerbBefore(Doc doc, Sentence s, Trigger tr) {
        int v = tr.startToken() - 1;
        if (v > s.firstToken() && doc.token(v).is("عن")) {
            v--;
        }
        String noun = Clitics.withoutConjunction(doc.token(tr.startToken()).norm());
        boolean indefinite = !noun.startsWith("ال") && !noun.startsWith("بال") && !noun.startsWith("لل");
        return indefinite && v >= s.firstToken() && doc.mentionAt[v] < 0
                && DEAL_VERBS.contains(Clitics.withoutConjunction(doc.token(v).norm())) ? v : -1;
    }

    /** The doer organization of the sentence before {@code s}, or null. */
    static String previousDoer(Doc doc, Sentence s) {
        if (s.index() == 0) {
            return null;
        }
        int m = doerOf(doc, doc.sentences.get(s.index() - 1));
        return m < 0 ? null : doc.id(m);
    }

    /** The doer organization of the sentence after {@code s}, or null. */
    static String nextDoer(Doc doc, Sentence s) {
        if (s.index() + 1 >= doc.sentences.size()) {
            return null;
        }
        int m = doerOf(doc, doc.sentences.get(s.index() + 1));
        return m < 0 ? null : doc.id(m);
    }

    /** The first organization of a sentence that no preposition or conjunction governs, nor a possessive, or -1. */
    private static int doerOf(Doc doc, Sentence s) {
        for (int m : doc.mentionsIn(s.firstToken(), s.endToken())) {
            int after = doc.mention(m).endToken();
            boolean possessor = after < s.endToken() && doc.token(after).is("'s");
            // "Abu Dhabi - Mubasher:", "(UPI) --": the outlet of a dateline, not «وقالت شركة (X)» named in brackets
            int start = doc.mention(m).startToken();
            boolean cuedInBrackets = start - 2 >= s.firstToken() && Grammar.isArabicOrgCue(doc.token(start - 2));
            boolean dateline = after < s.endToken() && (doc.token(after).is(":") || doc.token(after).is(")") && !cuedInBrackets);
            if (doc.type(m) == EntityType.ORGANIZATION && !possessor && !dateline && !Grammar.governed(doc, m, s)
                    && !NonEmployers.excluded(doc, m, s)) {
                return m;
            }
        }
        return -1;
    }

    /** The organization the headline or the first sentence is about (its doer), else the most named one. */
    static String lead(Doc doc) {
        for (Sentence s : doc.sentences.subList(0, Math.min(2, doc.sentences.size()))) {
            int m = doerOf(doc, s);
            if (m >= 0) {
                return doc.id(m);
            }
        }
        return doc.topic == null || NonEmployers.excluded(doc, doc.topic) ? null : doc.topic;
    }

    private static boolean publicBodyNamed(Doc doc, String id) {
        int m = firstMention(doc, id, doc.tokens.size());
        return m >= 0 && publicBody(doc, m);
    }

    private static boolean namedBefore(Doc doc, String id, int i) {
        return firstMention(doc, id, i) >= 0;
    }

    /** The first mention of entity {@code id} starting before token {@code limit}, or -1. */
    private static int firstMention(Doc doc, String id, int limit) {
        for (int k = 0; k < limit; k++) {
            if (doc.mentionAt[k] >= 0 && doc.id(doc.mentionAt[k]).equals(id)) {
                return doc.mentionAt[k];
            }
        }
        return -1;
    }
}
