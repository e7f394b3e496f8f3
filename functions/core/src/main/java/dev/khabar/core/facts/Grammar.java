package dev.khabar.core.facts;

import dev.khabar.core.dates.DayNames;
import dev.khabar.core.entities.Mention;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Just enough sentence structure for the fact finders: prepositions, clause ends, coordination. */
final class Grammar {
    /** The auxiliaries of an English passive: "was acquired", "to be launched", "had been sold". */
    static final Set<String> PASSIVE_AUXILIARIES = WordSet.of("was", "were", "been", "is", "are", "be", "being");
    static final Set<String> ARABIC_PREPOSITIONS = WordSet.of("في", "علي", "من", "الي", "عن", "مع", "بين", "لدي", "عبر",
            "مثل", "منذ", "حول", "ضد", "دون", "لصالح", "بشان", "تجاه", "بعد", "قبل",
            "ل", "ب"); // a clitic written apart before a quoted or Latin name: «التابعة لـ «أوبر»», «بـ Nvidia»
    static final Set<String> ENGLISH_PREPOSITIONS = WordSet.of("in", "on", "at", "with", "from", "to", "for", "by", "of",
            "into", "about", "against", "between", "including", "like", "as", "than", "over", "via", "among", "after",
            "before", "besides", "beyond", "toward", "towards", "such", "under", "during", "amid", "despite");
    /** Words skipped when looking at what stands before a name: cue nouns and articles ("شركة ميتا", "the startup X"). */
    private static final Set<String> SKIPPABLE = WordSet.of("شركه", "شركات", "منصه", "موقع", "مجموعه", "the", "firm",
            "startup", "company", "group", "rival", "rivals", "vendors", "companies", "giant");
    private static final Set<String> ARABIC_CLAUSE_OPENERS = WordSet.of("علي", "لكن", "حيث", "اذ", "بينما", "فيما",
            "كما", "ثم", "بعد", "قبل", "الا");
    /** "قال X إن Y استثمر", "X said that Y invested": the doer of the embedded clause comes after these. */
    private static final Set<String> COMPLEMENTIZERS = WordSet.of("ان", "انه", "انها", "بان", "that");
    /** English conjunctions that open a clause with its own subject when a name follows them. */
    private static final Set<String> SUBORDINATORS = WordSet.of("after", "before", "since", "because", "when", "while",
            "although", "though", "whereas", "once", "until", "unless", "if");
    /** Auxiliaries and reporting verbs that show a name after "after"/"when" is a clause's subject. */
    private static final Set<String> CLAUSE_VERBS = WordSet.of("agreed", "agrees", "said", "says", "announced", "announces",
            "has", "had", "have", "was", "is", "were", "are", "will", "would", "could", "did", "made", "signed",
            "completed", "confirmed", "reported", "decided", "bought", "acquired", "raised", "launched", "struck");
    /** Verbs by which a company reports its own deed: "X, …, said it has raised". */
    private static final Set<String> REPORTING_VERBS = WordSet.of("said", "says", "announced", "announces", "confirmed",
            "confirms", "reported", "reports");
    private static final Set<String> ENGLISH_CLAUSE_OPENERS = WordSet.of("but", "while", "which", "who", "although",
            "though", "whereas", "when", "after", "where", "because");

    /** Arabic nouns that stand before an organization's name without being part of it: «شركة X», «مجموعة X». */
    private static final Set<String> ARABIC_ORG_CUES = WordSet.of("شركه", "مجموعه", "صندوق", "بنك", "مصرف", "منصه");

    private Grammar() {
    }

    /** "said", "announced", "confirmed": a verb by which a deed is reported. */
    static boolean reports(Token t) {
        return REPORTING_VERBS.contains(t.norm());
    }

    static boolean isArabicOrgCue(Token t) {
        return anyReading(ARABIC_ORG_CUES, t);
    }

    /** Whether some reading of the token, with or without ال, is in {@code words}: بنك and بيع are no ب + نك / يع. */
    static boolean anyReading(Set<String> words, Token t) {
        return Clitics.anyReadingIn(words, t.norm());
    }

    /**
     * «X، مستشار الأمن الوطني، …», «شركة X، والمالكة لحق …، استثمارات»: the token after the closing comma of an aside
     * of at most {@code width} tokens opening at k, else k.
     */
    static int afterAside(Doc doc, Sentence s, int k, int width) {
        return afterAside(doc.tokens, k, s.endToken(), width);
    }

    private static int afterAside(List<Token> tokens, int k, int limit, int width) {
        if (k >= limit || !isComma(tokens.get(k))) {
            return k;
        }
        for (int j = k + 1; j < Math.min(limit, k + width); j++) {
            if (isComma(tokens.get(j))) {
                return j + 1;
            }
        }
        return k;
    }

    static boolean isComma(Token t) {
        return oneOf(t, ',', '،');
    }

    static boolean isSemicolon(Token t) {
        return oneOf(t, ';', '؛');
    }

    /** A token of one char, either of two: asked of every token the clause scans pass, so no string comparisons. */
    private static boolean oneOf(Token t, char a, char b) {
        String n = t.norm();
        return n.length() == 1 && (n.charAt(0) == a || n.charAt(0) == b);
    }

    static boolean isQuote(Token t) {
        String s = t.surface();
        if (s.length() != 1) {
            return false;
        }
        return switch (s.charAt(0)) {
            case '“', '”', '"', '«', '»', '(', ')' -> true;
            default -> false;
        };
    }

    /** The first token from k that is not a quote mark around a name («المدير المالي “سامر حداد” رئيسا», «لشركة “Y”»). */
    static int pastQuotes(Doc doc, Sentence s, int k) {
        while (k < s.endToken() && doc.mentionAt[k] < 0 && isQuote(doc.token(k))) {
            k++;
        }
        return k;
    }

    static boolean isPreposition(Token t) {
        if (t.script() == Script.ARABIC) {
            return Clitics.in(ARABIC_PREPOSITIONS, t.norm());
        }
        return t.script() == Script.LATIN && ENGLISH_PREPOSITIONS.contains(t.norm());
    }

    static boolean isCoordinator(Token t) {
        return t.is("و") || t.is("and") || t.is("or") || t.is("او") || isComma(t) || t.is("&");
    }

    /** The clitic letters the mention's surface left out of its first token ("ل" of لميتا, "و" of وأنثروبيك). */
    static String clitic(Doc doc, Mention m) {
        Token t = doc.token(m.startToken());
        return TextNormalizer.normalize(doc.text.substring(t.start(), m.start()));
    }

    static final Set<EntityType> ORGANIZATION = Set.of(EntityType.ORGANIZATION);

    /**
     * The organization the relative word ("whose", "where") at token {@code k} refers to: the one named right before
     * it, past a comma ("Acme bought Kelvo, whose founder …" is Kelvo's founder, not Acme's); or null.
     */
    static String relativeOwner(Doc doc, Sentence s, int k) {
        int before = k - 1 >= s.firstToken() && isComma(doc.token(k - 1)) ? k - 2 : k - 1;
        int m = before >= s.firstToken() ? doc.mentionAt[before] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
    }

    /**
     * Where the clause holding token i ends, or the comma closing the "whose" clause holding it, whichever comes first:
     * "Brightwave, whose chief executive resigned in March, hired Tom Reyes" (the clause's subject is its unnamed chief
     * executive, never a name after the comma).
     */
    static int clauseOrWhoseEnd(Doc doc, int i, Sentence s) {
        int end = clauseEnd(doc, i, s);
        int k = i - 1;
        while (k > s.firstToken() && !isComma(doc.token(k))) {
            k--;
        }
        if (k <= s.firstToken() || k + 1 >= i || !doc.token(k + 1).is("whose")) {
            return end;
        }
        for (int j = i + 1; j < end; j++) {
            if (isComma(doc.token(j))) {
                return j;
            }
        }
        return end;
    }

    /**
     * The first name of {@code types} in tokens [from, to) that no preposition governs and whose entity is not
     * {@code exclude} (may be null): the doer of a clause when it opens the range; or -1.
     */
    static int firstUngoverned(Doc doc, Sentence s, int from, int to, Set<EntityType> types, String exclude) {
        for (int m : doc.mentionsIn(from, to)) {
            if (types.contains(doc.type(m)) && !governed(doc, m, s) && !doc.id(m).equals(exclude)
                    && DealParties.afterParticiple(doc, s, m) < 0) { // "SoftBank-owned Arm": the owner only describes
                return m;
            }
        }
        return -1;
    }

    /** Nouns that describe the company named right after them: "eye care unit Alcon", "payments subsidiary Kora". */
    private static final Set<String> DESCRIBING_NOUNS = WordSet.of("unit", "subsidiary", "arm", "division", "affiliate",
            "maker", "provider", "operator", "developer", "retailer", "lender", "insurer", "platform", "specialist", "fintech",
            "biotech", "chipmaker", "automaker", "carmaker", "drugmaker", "brand");
    /** How many small words a description may hold before its noun. */
    private static final int DESCRIPTION_WORDS = 4;

    /**
     * "of eye care unit Alcon", "by payments subsidiary Kora": the token before a description written small that ends
     * in a noun describing the company at {@code j + 1}, else {@code j}. A preposition before the description governs
     * the name.
     */
    private static int beforeDescription(Doc doc, int j, Sentence s) {
        if (j < s.firstToken() || doc.mentionAt[j] >= 0 || !DESCRIBING_NOUNS.contains(doc.token(j).norm())) {
            return j;
        }
        int k = j - 1;
        while (k >= s.firstToken() && j - k <= DESCRIPTION_WORDS && doc.mentionAt[k] < 0
                && (doc.token(k).is("-") || doc.token(k).script() == Script.LATIN && !doc.token(k).capitalized()
                && !isPreposition(doc.token(k)) && !isCoordinator(doc.token(k)))) {
            k--;
        }
        return k >= s.firstToken() && isPreposition(doc.token(k)) ? k : j;
    }

    /**
     * A name governed by a preposition ("في Scale AI", "لميتا", "with OpenAI", "مثل Mercor و Surge") is an object or a
     * complement, not the doer. A name coordinated with a governed one is governed too.
     */
    static boolean governed(Doc doc, int m, Sentence s) {
        Mention mention = doc.mention(m);
        String clitic = clitic(doc, mention);
        if (clitic.indexOf('ب') >= 0 || clitic.indexOf('ل') >= 0 || clitic.indexOf('ك') >= 0) {
            return true;
        }
        boolean coordinated = clitic.equals("و") || clitic.equals("ف");
        int j = mention.startToken() - 1;
        while (j >= s.firstToken()) {
            Token t = doc.token(j);
            if (isQuote(t)) {
                j--;
            } else if (t.isWord() && doc.mentionAt[j] < 0 && SKIPPABLE.contains(Clitics.bare(t.norm()))) {
                String c = Clitics.readings(t.norm()).size() > 1 ? t.norm().substring(0, 1) : "";
                if (c.equals("ل") || c.equals("ب")) {
                    return true; // لشركة X، بشركة X
                }
                coordinated |= c.equals("و");
                j--;
            } else {
                break;
            }
        }
        j = beforeDescription(doc, j, s);
        if (j < s.firstToken()) {
            return false;
        }
        Token t = doc.token(j);
        if (doc.token(mention.startToken() - 1).is("(")) {
            return parenthesisGoverned(doc, mention.startToken() - 2, s, m);
        }
        if (isPreposition(t) && !(SUBORDINATORS.contains(t.norm()) && opensClauseAt(doc, m, s)) && !eachOf(doc, j, s)) {
            return true;
        }
        if (t.is("'s") && j - 1 >= s.firstToken() && doc.mentionAt[j - 1] >= 0 && doc.mentionAt[j - 1] != m) {
            return governed(doc, doc.mentionAt[j - 1], s); // "with the UK's Ministry of Defence": the possessor's phrase
        }
        if (isCoordinator(t)) {
            coordinated = true;
            j--;
        }
        if (coordinated) {
            while (j >= s.firstToken() && (isQuote(doc.token(j)) || isComma(doc.token(j)))) {
                j--;
            }
            if (j >= s.firstToken() && doc.mentionAt[j] >= 0 && doc.mentionAt[j] != m) {
                return governed(doc, doc.mentionAt[j], s);
            }
        }
        return false;
    }

    /** «كل من A وB», «كلا من A وB»: "each of", whose من opens a list (a verb's doers, say), governing none of it. */
    static boolean eachOf(Doc doc, int j, Sentence s) {
        return doc.token(j).is("من") && j - 1 >= s.firstToken()
                && (doc.token(j - 1).is("كل") || doc.token(j - 1).is("كلا") || doc.token(j - 1).is("وكل"));
    }

    /** "after Symantec agreed to …": the name is the doer of a clause when a verb follows it, not a prepositional object. */
    private static boolean opensClauseAt(Doc doc, int m, Sentence s) {
        int k = doc.mention(m).endToken();
        // past an apposed ticker or quote: "Symantec (GEN 1.00%) agreed"
        while (k < s.endToken() && (doc.mentionAt[k] >= 0 || isQuote(doc.token(k)) || doc.token(k).script() == Script.NUMBER
                || doc.token(k).is("%"))) {
            k++;
        }
        return k < s.endToken() && CLAUSE_VERBS.contains(doc.token(k).norm());
    }

    /**
     * "لهيئة الأوراق المالية (SEC)", "to the Securities and Exchange Commission (SEC)": an acronym in parentheses names
     * the phrase before it and shares its role, governed when that phrase is.
     */
    private static boolean parenthesisGoverned(Doc doc, int from, Sentence s, int m) {
        for (int j = from; j >= Math.max(s.firstToken(), from - 7); j--) {
            Token t = doc.token(j);
            if (doc.mentionAt[j] >= 0 && doc.mentionAt[j] != m) {
                return governed(doc, doc.mentionAt[j], s);
            }
            if (!t.isWord()) {
                return false;
            }
            if (isPreposition(t)) {
                return true;
            }
            if (t.is("the") || t.is("a")) {
                return j > s.firstToken() && isPreposition(doc.token(j - 1));
            }
            if (t.script() == Script.ARABIC && t.norm().startsWith("ل") && Clitics.readings(t.norm()).size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Index of the token before {@code i} that says something (quotes and cue nouns skipped). */
    static int before(Doc doc, int i, Sentence s) {
        int j = i - 1;
        while (j >= s.firstToken()) {
            Token t = doc.token(j);
            if (isQuote(t) || (t.isWord() && SKIPPABLE.contains(Clitics.bare(t.norm())) && doc.mentionAt[j] < 0)) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /** Where the clause holding token i starts: after the last ; or ، + و-word or "that"/أن before it. */
    static int clauseStart(Doc doc, int i, Sentence s) {
        boolean memo = i >= 0 && i < doc.clauseStarts.length;
        if (memo && doc.clauseStartIn[i] == s.index() + 1) {
            return doc.clauseStarts[i];
        }
        int start = findClauseStart(doc, i, s);
        if (memo) {
            doc.clauseStarts[i] = start;
            doc.clauseStartIn[i] = s.index() + 1;
        }
        return start;
    }

    private static int findClauseStart(Doc doc, int i, Sentence s) {
        for (int k = i - 1; k > s.firstToken(); k--) {
            Token t = doc.token(k);
            if (isComma(t) && reportsOwnDeedAfterAside(doc, k, s)) {
                return afterDateline(doc, s); // "X, one of the firms that's building Y, said it has raised": X does the deed
            }
            if (isComma(t) && opensClause(doc, k + 1, s) && relativeClosedBefore(doc, k + 1, i)) {
                continue; // ", which owns Three," is an aside: the clause goes on before it
            }
            if (relativeThatInAside(doc, s, k, i)) {
                continue; // "Ro, a unicorn that raised $150 million in May, has cut": the relative is inside the aside
            }
            if (t.is(":") && k - s.firstToken() <= 4 || outletDash(doc, s, k)) {
                return k + 1; // "أبوظبي - مباشر: وقّع …", «X - وقعت …»: a dateline's outlet is not the doer
            }
            if (k - s.firstToken() <= DATELINE && datelineMark(doc, s, k) || openingCredit(doc, s, k)) {
                return k + 1; // "Aug 16 (Reuters) - X said", "City, Mar 19 (PTI): X signed": the wire is not the doer
            }
            if (isSemicolon(t) || (isComma(t) && opensClause(doc, k + 1, s))
                    || (doc.mentionAt[k] < 0 && COMPLEMENTIZERS.contains(Clitics.withoutConjunction(t.norm())))) {
                return isSemicolon(t) || isComma(t) ? k + 1 : k;
            }
            if ((SUBORDINATORS.contains(t.norm()) || t.is("said") || t.is("says")) && doc.mentionAt[k] < 0 && doc.mentionAt[k + 1] >= 0) {
                // "LifeLock jumped after Symantec agreed to …", "Acme said Beta had bought X": the subordinate or
                // reported clause has its own doer
                return k + 1;
            }
        }
        return s.firstToken();
    }

    /** Words between a reporting verb and the reported clause: "on Tuesday", "in a statement", "that". */
    private static final Set<String> WHEN_REPORTED = WordSet.of("on", "late", "early", "earlier", "today", "yesterday",
            "in", "a", "statement", "filing", "release", "press", "blog", "post", "interview", "that");
    private static final int WHEN_REPORTED_WORDS = 4;

    /**
     * The comma at k closes an aside about the name opening the sentence and a reporting verb with "it"/"they" follows:
     * "X, a description, said it …": whatever the aside holds ("that's", "which"), the clause after is X's own.
     */
    private static boolean reportsOwnDeedAfterAside(Doc doc, int k, Sentence s) {
        if (k + 2 >= s.endToken() || !REPORTING_VERBS.contains(doc.token(k + 1).norm())) {
            return false;
        }
        int j = k + 2;
        while (j < Math.min(s.endToken() - 1, k + 2 + WHEN_REPORTED_WORDS) && doc.mentionAt[j] < 0
                && (WHEN_REPORTED.contains(doc.token(j).norm()) || DayNames.day(doc.token(j).norm()) != null)) {
            j++; // "said on Tuesday that it", "said in a statement it"
        }
        if (!Anaphora.PRONOUNS.contains(doc.token(j).norm())) {
            return false;
        }
        int opener = doc.mentionAt[afterDateline(doc, s)]; // "LONDON, March 4 (Reuters) - X, a startup …, said it"
        if (opener < 0) {
            return false;
        }
        int afterName = doc.mention(opener).endToken();
        return afterName < k && isComma(doc.token(afterName));
    }

    /** How far before a relative "that" the comma opening the aside may stand: "X, a fintech unicorn that". */
    private static final int ASIDE_NOUN_WORDS = 5;

    /**
     * "that" at k is a relative inside an aside after a name ("X, a healthcare unicorn that last raised …, has cut",
     * "X — a startup that has scaled … — has raised"): a noun stands before it, a comma or a dash right after a name
     * opens the aside a few words before, and the same mark closes it before token i. Then "that" opens no clause of
     * its own.
     */
    private static boolean relativeThatInAside(Doc doc, Sentence s, int k, int i) {
        if (!doc.token(k).is("that") || k - 1 <= s.firstToken() || doc.mentionAt[k - 1] >= 0
                || !doc.token(k - 1).isWord() || REPORTING_VERBS.contains(doc.token(k - 1).norm())) {
            return false;
        }
        Boolean dashed = null;
        for (int j = k - 1; j > s.firstToken() && j >= k - ASIDE_NOUN_WORDS && dashed == null; j--) {
            Token t = doc.token(j);
            if (doc.mentionAt[j - 1] >= 0 && (isComma(t) || isAsideDash(t))) {
                dashed = isAsideDash(t);
            }
        }
        if (dashed == null) {
            return false;
        }
        for (int j = k + 1; j < i; j++) {
            if (dashed ? isAsideDash(doc.token(j)) : isComma(doc.token(j))) {
                return true;
            }
        }
        return false;
    }

    /** An em or en dash, which English pairs around an aside as it pairs commas; a hyphen joins words instead. */
    private static boolean isAsideDash(Token t) {
        return oneOf(t, '—', '–');
    }

    private static boolean relativeClosedBefore(Doc doc, int opener, int i) {
        Token t = doc.token(opener);
        if (!(t.is("which") || t.is("who") || t.is("الذي") || t.is("التي"))) {
            return false;
        }
        for (int k = opener + 1; k < i; k++) {
            if (isComma(doc.token(k))) {
                return true;
            }
        }
        return false;
    }

    private static final int DATELINE = 12;

    /** The ":" or dash closing "(Reuters) -", "(PTI):", or an Arabic wire's slash: a credit ending a dateline. */
    private static boolean datelineMark(Doc doc, Sentence s, int k) {
        Token t = doc.token(k);
        return k > 0 && doc.token(k - 1).is(")") && (t.is(":") || t.is("-") || t.is("--") || t.is("—"))
                || slashedCredit(doc, s, k);
    }

    /**
     * «دبي في 15 أكتوبر/ وام / وقعت …», «رويترز _ دشنت …»: the slash or underscore after an agency that opens the
     * sentence or stands between slashes closes an Arabic wire's credit.
     */
    private static boolean slashedCredit(Doc doc, Sentence s, int k) {
        Token t = doc.token(k);
        int m = k > s.firstToken() && (t.is("/") || t.is("_")) ? doc.mentionAt[k - 1] : -1;
        if (m < 0 || doc.type(m) != EntityType.ORGANIZATION) {
            return false;
        }
        int before = doc.mention(m).startToken() - 1;
        return before < s.firstToken() || doc.token(before).is("/");
    }

    /**
     * «نبض الأعمال - قررت …», «الكرك-أنباء السوق-وقعت …»: a dash right after an Arabic organization that opens the
     * sentence or follows a first word and a dash closes an outlet's dateline (an English dash there opens an aside).
     */
    private static boolean outletDash(Doc doc, Sentence s, int k) {
        Token t = doc.token(k);
        int m = k > s.firstToken() && (t.is("-") || t.is("–")) ? doc.mentionAt[k - 1] : -1;
        if (m < 0 || doc.type(m) != EntityType.ORGANIZATION || doc.mention(m).endToken() != k
                || doc.token(k - 1).script() != Script.ARABIC) {
            return false;
        }
        int before = doc.mention(m).startToken() - 1;
        return before < s.firstToken() || before - 1 <= s.firstToken() && doc.token(before).is("-");
    }

    /** "(MENAFN- Khaleej Times) Abu Dhabi's X …": the bracket closing a credit that opens the sentence. */
    private static boolean openingCredit(Doc doc, Sentence s, int k) {
        return doc.token(k).is(")") && doc.token(s.firstToken()).is("(") && k - s.firstToken() <= DATELINE;
    }

    /** The first token after a dateline with a wire's credit ("Aug 16 (Reuters) -"), else the sentence's first token. */
    static int afterDateline(Doc doc, Sentence s) {
        for (int k = s.firstToken() + 1; k < Math.min(s.endToken(), s.firstToken() + DATELINE + 1); k++) {
            if (datelineMark(doc, s, k) || openingCredit(doc, s, k)) {
                return k + 1;
            }
        }
        return s.firstToken();
    }

    /** Where the clause holding token i ends (exclusive). */
    static int clauseEnd(Doc doc, int i, Sentence s) {
        boolean memo = i >= 0 && i < doc.clauseEnds.length;
        if (memo && doc.clauseEndIn[i] == s.index() + 1) {
            return doc.clauseEnds[i];
        }
        int end = findClauseEnd(doc, i, s);
        if (memo) {
            doc.clauseEnds[i] = end;
            doc.clauseEndIn[i] = s.index() + 1;
        }
        return end;
    }

    private static int findClauseEnd(Doc doc, int i, Sentence s) {
        for (int k = i + 1; k < s.endToken(); k++) {
            Token t = doc.token(k);
            if (t.is(":") && k - s.firstToken() <= 4 || outletDash(doc, s, k)) {
                return k + 1; // "أبوظبي - مباشر: وقّع …", «X - وقعت …»: a dateline's outlet is not the doer
            }
            if (k - s.firstToken() <= DATELINE && datelineMark(doc, s, k)) {
                return k + 1; // "Aug 16 (Reuters) - X said", "City, Mar 19 (PTI): X signed": the wire is not the doer
            }
            if (isSemicolon(t) || (isComma(t) && opensClause(doc, k + 1, s)) || CONTRASTS.contains(t.norm())) {
                return k;
            }
        }
        return s.endToken();
    }

    /** «X يمتلك 50% من Y بينما يمتلك Z …»: a contrastive conjunction opens a clause of its own even without a comma. */
    private static final Set<String> CONTRASTS = WordSet.of("بينما", "whereas", "while");

    /** Commas around token i, for attributes (an amount belongs to its own comma-delimited phrase). */
    static int phraseStart(Doc doc, int i, Sentence s) {
        for (int k = i - 1; k >= s.firstToken(); k--) {
            if (isComma(doc.token(k)) || isSemicolon(doc.token(k))) {
                return k + 1;
            }
        }
        return s.firstToken();
    }

    static int phraseEnd(Doc doc, int i, Sentence s) {
        for (int k = i + 1; k < s.endToken(); k++) {
            if (isComma(doc.token(k)) || isSemicolon(doc.token(k))) {
                return k;
            }
        }
        return s.endToken();
    }

    private static boolean opensClause(Doc doc, int k, Sentence s) {
        if (k >= s.endToken() || doc.mentionAt[k] >= 0) {
            return false;
        }
        Token t = doc.token(k);
        if (t.script() == Script.ARABIC) {
            if (t.norm().equals("علي")) {
                // «، على أن يخلفه …» opens a clause; «، على شركة …» is the object the verb governs
                return k + 1 < s.endToken() && COMPLEMENTIZERS.contains(doc.token(k + 1).norm());
            }
            if (pastSeatAside(doc.tokens, k - 1, s.endToken()) > k) {
                return false; // «شركة X، ومقرها دبي، على Y»: the company's seat told aside, its clause goes on after it
            }
            return t.norm().startsWith("و") && t.norm().length() > 3 && !t.norm().startsWith("وال")
                    || ARABIC_CLAUSE_OPENERS.contains(t.norm());
        }
        return ENGLISH_CLAUSE_OPENERS.contains(t.norm());
    }

    /** «ومقرها», «ومقره»: an aside that tells where the company just named sits, between two commas. */
    private static final Set<String> SEAT_ASIDES = WordSet.of("ومقرها", "ومقره");
    private static final int SEAT_ASIDE_WIDTH = 8;

    /** «X، ومقرها الرئيسي في دبي، …»: the token after the aside on a seat opening at the comma {@code k}, else k. */
    static int pastSeatAside(List<Token> tokens, int k, int limit) {
        return k + 1 < limit && SEAT_ASIDES.contains(tokens.get(k + 1).norm())
                ? afterAside(tokens, k, limit, SEAT_ASIDE_WIDTH) : k;
    }

    /** Words opening an aside on when, between two commas: «X، اليوم الجمعة، عن», «X، أمس، على». */
    private static final Set<String> TIME_ASIDES = WordSet.of("اليوم", "امس", "يوم", "مساء", "صباح", "الاسبوع");
    /** How far a time or bracketed aside may reach: a day, a date, a place («اليوم الجمعة بالدار البيضاء»). */
    private static final int TIME_ASIDE_WIDTH = 7;

    /**
     * «X، اليوم الجمعة بالدار البيضاء، عن …», «X (Latin name) عن …»: the token after an aside on when, or after a bracket,
     * opening at {@code k}, else k. Either may stand between a verb's subject and the preposition the verb takes.
     */
    static int pastTimeOrBracket(List<Token> tokens, int k, int limit) {
        if (k + 1 < limit && isComma(tokens.get(k)) && TIME_ASIDES.contains(tokens.get(k + 1).norm())) {
            return afterAside(tokens, k, limit, TIME_ASIDE_WIDTH);
        }
        if (k < limit && tokens.get(k).is("(")) {
            for (int j = k + 1; j < Math.min(limit, k + TIME_ASIDE_WIDTH); j++) {
                if (tokens.get(j).is(")")) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    /** Words between an English doer and its verb: "X has been advising", "X will also supply". */
    private static final Set<String> AUXILIARIES = WordSet.of("is", "was", "are", "were", "has", "have", "had", "been",
            "will", "would", "also", "be", "previously", "already", "currently");

    /** The organization right before the English verb at k, past auxiliaries ("Acme has been advising"), or -1. */
    static int organizationRightBefore(Doc doc, Sentence s, int k) {
        int j = k - 1;
        while (j > s.firstToken() && doc.mentionAt[j] < 0 && AUXILIARIES.contains(doc.token(j).norm())) {
            j--;
        }
        int m = doc.mentionAt[j];
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION && doc.mention(m).endToken() == j + 1 ? m : -1;
    }

    /** The organization named at k, or after "the" there; or -1. */
    static int organizationAt(Doc doc, Sentence s, int k) {
        return namedAt(doc, s, k, EntityType.ORGANIZATION);
    }

    /** The name of this type starting at k, or after "the" there; or -1. */
    static int namedAt(Doc doc, Sentence s, int k, EntityType type) {
        if (k < s.endToken() && doc.token(k).is("the")) {
            k++;
        }
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == type && doc.mention(m).startToken() == k ? m : -1;
    }

    /** Words between a coordinated subject and its verb: "A, B and C have all laid off staff". */
    private static final Set<String> SUBJECT_TO_VERB = WordSet.of("all", "both", "each", "also", "have", "has", "had",
            "recently", "since", "jointly", "together", "will", "would");

    /**
     * "PerkinElmer, Siemens Healthineers and Cue Health all laid off staff", "A and B jointly acquired C": the
     * organizations coordinated right before an English trigger are each a doer, and so are people where {@code kinds}
     * allows ("A and B co-founded C"); empty when fewer than two are.
     */
    static List<String> coordinatedBefore(Doc doc, Sentence s, int trigger, Set<EntityType> kinds) {
        int k = trigger - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && SUBJECT_TO_VERB.contains(doc.token(k).norm())) {
            k--;
        }
        List<String> out = new ArrayList<>();
        // the doers are all of one kind: "Acme and Jane Roe" is no list
        EntityType kind = k >= s.firstToken() && doc.mentionAt[k] >= 0 ? doc.type(doc.mentionAt[k]) : null;
        if (kind == null || !kinds.contains(kind)) {
            return out;
        }
        while (k >= s.firstToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == kind) {
            out.add(0, doc.id(doc.mentionAt[k]));
            k = doc.mention(doc.mentionAt[k]).startToken() - 1;
            boolean joined = false;
            while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isComma(doc.token(k)) || doc.token(k).is("and"))) {
                joined = true;
                k--;
            }
            if (!joined) {
                break;
            }
        }
        return out.size() >= 2 ? out : new ArrayList<>();
    }
}
