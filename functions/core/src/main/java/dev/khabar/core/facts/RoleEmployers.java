package dev.khabar.core.facts;

import dev.khabar.core.entities.NameLexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The organization a title is held at: in the title's phrase ("CEO of X", "X's CEO", «لشركة X»), else the story's. */
final class RoleEmployers {
    static final Set<String> LINKS = WordSet.of("of", "at", "in", "for", "the", "a", "an", "former", "في", "لدي", "ب", "ل", "شركه",
            "لشركه", "بشركه", "مثل", "منها", "شركات", "لشركات", "بشركات", "شركتي", "لشركتي", "بشركتي",
            "مجمع", "لمجمع", "بمجمع"); // «المدير العام لمجمع "X"»: a group of companies, as the entities read it after a title
    static final Set<String> COMPANY_NOUNS = WordSet.of("firm", "company", "startup", "giant", "maker", "group",
            "provider", "lender", "bank", "platform", "chipmaker", "automaker", "carmaker", "retailer", "insurer", "operator",
            "fintech");
    /**
     * Words of "on behalf of" before a signatory's title: «من جانب X»، «من طرف X»، «عن X»، «ممثلا X», and the verb
     * «مثل» (represented): «فيما مثل مجموعة X، الرئيس التنفيذي، فلان».
     */
    private static final Set<String> SIDES = WordSet.of("جانب", "طرف", "عن", "ممثلا", "مثل");
    /** Articles before a described employer: "at the Dutch venture capital firm X". */
    private static final Set<String> ARTICLES = WordSet.of("the", "a", "an");
    /** Prepositions that may open the employer after an apposed title and its comma: ", of Acme". */
    private static final Set<String> APPOSED_LINKS = WordSet.of("of", "at");
    /** Words between a name and its employer: "analyst Jane Roe with Acme Securities", "Jane Roe of Acme". */
    private static final Set<String> EMPLOYER_LINKS = WordSet.of("with", "at", "of", "from");

    /** Titles whose employer follows "to": "adviser to Acme", "counsel to the bank". */
    private static final Set<String> ADVISERS = WordSet.of("adviser", "advisor", "counsel");

    private RoleEmployers() {
    }

    /** Words after which a name opens a clause of its own: "CEO Jane Roe said that Acme would comply". */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("that", "but", "while", "because", "so", "as", "after",
            "ان", "انه", "انها", "بان", "لكن", "بينما");

    /** "analyst Jane Roe with Acme Securities": the organization right after the person a title precedes. */
    static String employerAfter(Doc doc, Sentence s, int person) {
        int k = doc.mention(person).endToken();
        if (k + 1 < s.endToken() && EMPLOYER_LINKS.contains(doc.token(k).norm())) {
            int m = doc.mentionAt[k + 1];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
            if (m < 0 && Anaphora.length(doc, k + 1, s) > 0) {
                return Anaphora.resolve(doc, k + 1);
            }
        }
        return null;
    }

    /**
     * A title with no employer in its phrase ("under chief executive John Roe", "CTO Jane Roe quit") is held at the
     * sentence's doer organization, else at the organization the story is about.
     */
    static String storyCompany(Doc doc, Sentence s, int person) {
        int opening = doc.mention(person).startToken();
        boolean opensSentence = opening - s.firstToken() <= 6 && doc.mentionsIn(s.firstToken(), opening).isEmpty();
        for (int m : doc.mentionsIn(s.firstToken(), s.endToken())) {
            int before = doc.mention(m).startToken() - 1;
            if (opensSentence && m != person && before >= opening && !CLAUSE_OPENERS.contains(doc.token(before).norm())) {
                continue; // "Former CEO Jane Roe accused investor Acme of …": what the titled doer acts on, not where they work
            }
            boolean apposed = before >= s.firstToken() && Grammar.isComma(doc.token(before));
            // "its International unit": a name owned by a pronoun is a part of the company, not one employing anyone
            boolean owned = before >= s.firstToken() && TakenRoles.ORGANIZATION_PRONOUNS.contains(doc.token(before).norm());
            if (doc.type(m) == EntityType.ORGANIZATION && !Grammar.governed(doc, m, s) && !apposed && !owned
                    && !NonEmployers.excluded(doc, m, s)) {
                return doc.id(m);
            }
        }
        return doc.topic == null || NonEmployers.excluded(doc, doc.topic) ? null : doc.topic;
    }

    /**
     * Whether an article ("a former", "an", "the") opens the phrase of the organization before a title: "a former Acme
     * executive"; or no article at all between a person's comma and the organization: "Jane Roe, Acme VP for sales, said".
     */
    static boolean describedTitle(Doc doc, Sentence s, int org) {
        int k = doc.mention(org).startToken() - 1;
        if (k - 1 >= s.firstToken() && Grammar.isComma(doc.token(k)) && doc.mentionAt[k - 1] >= 0
                && doc.type(doc.mentionAt[k - 1]) == EntityType.PERSON) {
            return true;
        }
        if (k >= s.firstToken() && (doc.token(k).is("former") || doc.token(k).is("longtime") || doc.token(k).is("veteran"))) {
            k--;
        }
        return k >= s.firstToken() && (doc.token(k).is("a") || doc.token(k).is("an") || doc.token(k).is("the"));
    }

    /** Words between "whose" and the title it owns: "whose new chief executive". */
    private static final Set<String> WHOSE_TITLE_WORDS = WordSet.of("new", "current", "longtime", "then", "outgoing");

    /**
     * "Halden Bank's new chief executive", "the bank's current CFO", "Acme's newly appointed CEO": the 's before a word of
     * time at token k, which stands between the owner and the title; else k itself.
     */
    static int pastOwnedTimeWord(Doc doc, Sentence s, int k) {
        int newly = RoleFacts.newlyGivenFrom(doc, s, k);
        if (newly - 1 > s.firstToken() && doc.token(newly - 1).is("'s")) {
            return newly - 1;
        }
        return k - 1 > s.firstToken() && WHOSE_TITLE_WORDS.contains(doc.token(k).norm()) && doc.token(k - 1).is("'s") ? k - 1 : k;
    }

    /** "Acme bought Kelvo, whose chief executive Jane Roe …": the title's owner is the one "whose" refers to, or null. */
    private static String whoseTitle(Doc doc, Sentence s, int title) {
        int k = title - 1;
        if (k - 1 > s.firstToken() && doc.token(k).is("-") && doc.token(k - 1).is("co")) {
            k -= 2; // "whose co-founders": the plural title is matched from "founders"
        }
        while (k > s.firstToken() && WHOSE_TITLE_WORDS.contains(doc.token(k).norm())) {
            k--;
        }
        return k > s.firstToken() && doc.token(k).is("whose") ? Grammar.relativeOwner(doc, s, k) : null;
    }

    /**
     * "signed on behalf of Acme by Jane Roe, its general manager": the side a signatory signs for is where the title
     * is held, not the sentence's first company; or null.
     */
    static String signedFor(Doc doc, Sentence s, int person) {
        int k = doc.mention(person).startToken() - 1;
        if (k - 3 < s.firstToken() || !doc.token(k).is("by")) {
            return null;
        }
        int m = doc.mentionAt[Grammar.isComma(doc.token(k - 1)) ? k - 2 : k - 1]; // "on behalf of Acme, by Jane Roe"
        if (m < 0 || doc.type(m) != EntityType.ORGANIZATION) {
            return null;
        }
        int b = doc.mention(m).startToken() - 1;
        boolean side = b >= s.firstToken() && doc.token(b).is("representing")
                || b - 1 >= s.firstToken() && doc.token(b).is("of") && doc.token(b - 1).is("behalf");
        return side ? doc.id(m) : null;
    }

    /** Words between "where" and the title held there: "where she was the", "where he had served as". */
    private static final Set<String> WHERE_TITLE_WORDS = WordSet.of("he", "she", "they", "was", "is", "had", "has", "been",
            "served", "serves", "worked", "works", "as", "the", "a", "an", "its", "previously", "most", "recently", "also");

    /**
     * "She joins from Brisko Bank, where she was chief operating officer": a title held "where" is held at the
     * organization named before it, not the sentence's first; or null.
     */
    private static String whereTitle(Doc doc, Sentence s, int title) {
        int k = title - 1;
        while (k > s.firstToken() && k > title - 6 && doc.mentionAt[k] < 0 && WHERE_TITLE_WORDS.contains(doc.token(k).norm())) {
            k--;
        }
        return k < title - 1 && k > s.firstToken() && doc.token(k).is("where") ? Grammar.relativeOwner(doc, s, k) : null;
    }

    /**
     * The organization a relative clause holding the title hangs on ("Kelvo, whose chief executive", "Brisko Bank,
     * where she was CFO"), for a title whose own phrase names no employer; or null.
     */
    static String relativeTitle(Doc doc, Sentence s, int title) {
        String owner = whoseTitle(doc, s, title);
        return owner != null ? owner : whereTitle(doc, s, title);
    }

    /** "OpenAI's chief research officer", "Meta CEO Mark Zuckerberg": the organization right before the title. */
    static String orgBefore(Doc doc, Sentence s, RoleMatch r, int person) {
        int k = r.startToken() - 1;
        if (k < s.firstToken()) {
            return null;
        }
        k = pastOwnedTimeWord(doc, s, k);
        k = pastEndingPeriod(doc, s, k); // "Acme Holdings Inc. CEO Jane Roe"
        if (doc.token(k).is("'s")) {
            k = pastEndingPeriod(doc, s, k - 1); // "Brixton Co.’s new CEO"
            int phrase = k >= s.firstToken() && doc.mentionAt[k] < 0 ? Anaphora.phraseEndingAt(doc, k, s) : -1;
            if (phrase >= 0) { // "the company's chief executive": the company the story is about
                // "“A great fit for Atlas Copco,” the company's chief executive said": unless the sentence names it first
                boolean namedHere = doc.mentionsIn(s.firstToken(), phrase).stream()
                        .anyMatch(m -> doc.type(m) == EntityType.ORGANIZATION && !NonEmployers.excluded(doc, doc.id(m)));
                return doc.topic != null && !namedHere ? doc.topic : Anaphora.resolve(doc, phrase);
            }
        } else if (doc.token(r.startToken()).script() == Script.ARABIC) {
            String side = sideBefore(doc, s, k);
            if (side == null && person >= 0 && doc.mention(person).endToken() == r.startToken() && ownedTitle(doc, r)) {
                side = sideBefore(doc, s, doc.mention(person).startToken() - 1); // «ومن جانب شركة X فلان رئيس مجلس إدارتها»
            }
            return side;
        } else if (person >= 0 && doc.mention(person).startToken() < r.startToken() && doc.mentionAt[k] >= 0
                && doc.type(doc.mentionAt[k]) == EntityType.ORGANIZATION && describedTitle(doc, s, doc.mentionAt[k])) {
            return doc.id(doc.mentionAt[k]); // "Jane Roe, a former Acme executive": the title's own company
        } else if (person < 0 || doc.mention(person).startToken() < r.startToken() || doc.token(k).script() != Script.LATIN) {
            return null;
        }
        int m = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
    }

    /** The token before the period glued to a name's abbreviated ending ("Inc.", "Co.") at {@code k}; else k. */
    static int pastEndingPeriod(Doc doc, Sentence s, int k) {
        return k > s.firstToken() && doc.token(k).is(".") && doc.mentionAt[k] < 0 && doc.mentionAt[k - 1] >= 0
                && doc.token(k).start() == doc.token(k - 1).end() ? k - 1 : k;
    }

    /** Whether the title ends on its owner's pronoun: «رئيسها التنفيذي», «رئيس مجلس إدارتها», «مدير عام شركته». */
    private static boolean ownedTitle(Doc doc, RoleMatch r) {
        String last = doc.token(r.endToken() - 1).norm();
        return r.possessive() || last.endsWith("ها") || last.endsWith("ته");
    }

    /**
     * «ووقع من جانب (تقنية) الرئيس التنفيذي …», «من جانب شركة X، الرئيس التنفيذي، فلان», «وعن الشركة رئيسها التنفيذي
     * فلان»: the party a signatory speaks for, named (or referred to) before the title; or null.
     */
    private static String sideBefore(Doc doc, Sentence s, int k) {
        while (k >= s.firstToken() && (Grammar.isQuote(doc.token(k)) || Grammar.isComma(doc.token(k)))) {
            k--;
        }
        int m = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        if (m < 0 && k > s.firstToken() && Anaphora.length(doc, k, s) == 1 && doc.token(k).norm().startsWith("ال")
                && SIDES.contains(Clitics.bare(doc.token(k - 1).norm()))) {
            return Anaphora.resolve(doc, k); // «وعن الشركة رئيسها التنفيذي»: the company the story told of
        }
        if (m < 0 || doc.type(m) != EntityType.ORGANIZATION) {
            return null;
        }
        int before = doc.mention(m).startToken() - 1;
        while (before >= s.firstToken() && (Grammar.isQuote(doc.token(before)) || Grammar.isArabicOrgCue(doc.token(before)))) {
            before--;
        }
        return before >= s.firstToken() && SIDES.contains(Clitics.bare(doc.token(before).norm())) ? doc.id(m) : null;
    }

    /** The first token of the possessor ending at token k: a name or "the company", else k itself. */
    static int possessorStart(Doc doc, Sentence s, int k) {
        if (k < s.firstToken()) {
            return k;
        }
        k = pastEndingPeriod(doc, s, k); // "Brixton Co.’s"
        if (doc.mentionAt[k] >= 0) {
            return doc.mention(doc.mentionAt[k]).startToken();
        }
        int phrase = Anaphora.phraseEndingAt(doc, k, s);
        return phrase >= 0 ? phrase : k;
    }

    /** A company's units, which a title heads before the company is named: «رئيس قسم الشبكات في X». */
    private static final Set<String> UNITS = WordSet.of("قسم", "قطاع", "وحده", "اداره", "شعبه");

    /**
     * Whether token k is a unit noun or what the unit before it is of, with its adjectives (قسم الشبكات, قسم الأجهزة
     * المحمولة): the title's own phrase.
     */
    static boolean unitComplement(Doc doc, int k) {
        if (UNITS.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
            return true;
        }
        for (int j = k; j > 0 && k - j < 3 && doc.mentionAt[j] < 0 && doc.token(j).norm().startsWith("ال"); j--) {
            if (UNITS.contains(Clitics.withoutConjunction(doc.token(j - 1).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that give the organization a department belongs to: «مدير الاتصال في X», «لدى X». */
    private static final Set<String> DEPARTMENT_OF = WordSet.of("في", "لدي");

    /**
     * «مدير الاتصال الحكومي في وزارة X», «المدير التنفيذي لقطاع الحسابات المركزية في X»: past the department a title
     * heads (a few definite words, or a unit noun under «لـ»), to the «في»/«لدى» before its organization; {@code k}
     * itself when no such phrase stands there.
     */
    static int departmentEnd(Doc doc, Sentence s, int k) {
        int j = k;
        while (j < s.endToken() && j - k < 4 && doc.mentionAt[j] < 0 && doc.token(j).script() == Script.ARABIC
                && !DEPARTMENT_OF.contains(doc.token(j).norm()) && (doc.token(j).norm().startsWith("ال")
                || doc.token(j).norm().startsWith("لل") || unitComplement(doc, j)
                || UNITS.contains(Clitics.bare(doc.token(j).norm())))) {
            j++;
        }
        if (j > k && j + 1 < s.endToken() && DEPARTMENT_OF.contains(doc.token(j).norm())) {
            return j;
        }
        return atPastPostField(doc, s, k);
    }

    /** How far a post's field and region may run before «لدى» and its employer. */
    private static final int FIELD_REACH = 10;

    /**
     * «المدير العام لخدمات التجار لمنطقة الشرق الأوسط وشمال أفريقيا لدى X»: a longer field and region, places
     * among them, before «لدى» ("at"), which names the employer whatever came before it in the title; {@code k} when
     * none does.
     */
    private static int atPastPostField(Doc doc, Sentence s, int k) {
        for (int j = k; j + 1 < s.endToken() && j - k < FIELD_REACH; j++) {
            int m = doc.mentionAt[j];
            if (m >= 0 && doc.type(m) != EntityType.LOCATION || m < 0 && doc.token(j).script() != Script.ARABIC) {
                return k;
            }
            if (m < 0 && doc.token(j).is("لدي")) {
                return j > k ? j : k;
            }
        }
        return k;
    }

    /**
     * "chief executive of UK intelligence at Acme": a place after a title names the post's region or unit, and the
     * employer follows "at" within a few lowercase words; null when nothing does (a post of the state).
     */
    private static String employerOfRegion(Doc doc, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken() - 1, from + 4); k++) {
            Token t = doc.token(k);
            if (t.is("at")) {
                int m = doc.mentionAt[k + 1];
                return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
            }
            if (doc.mentionAt[k] >= 0 || !t.isWord() || t.capitalized()) {
                return null;
            }
        }
        return null;
    }

    /**
     * «الرئيس التنفيذي لطيران X ولشركة Y»: employers after the title's own, each repeating its ل after و, hold the
     * title too. A bare «و» is left out: «وقّع الرئيس التنفيذي لشركة X وشركة Y اتفاقية» joins two signers, not two
     * employers; so is one after a comma: «المديرة العامة لـX، ولبنك Y حصة فيها» opens a clause of its own. After a
     * plural of companies the bare «و» lists them: «عمل كباحث في شركات “X وY وZ”».
     */
    static List<String> coordinatedAfter(Doc doc, Sentence s, int end, String org) {
        List<String> more = new ArrayList<>();
        int k = end;
        while (k < Math.min(s.endToken(), end + 7) && (doc.mentionAt[k] < 0 || !doc.id(doc.mentionAt[k]).equals(org))) {
            k++;
        }
        if (k >= s.endToken() || doc.mentionAt[k] < 0) {
            return more;
        }
        boolean listed = companiesBefore(doc, s, k);
        k = doc.mention(doc.mentionAt[k]).endToken();
        while (listed && k < s.endToken() && doc.mentionAt[k] >= 0 && doc.mention(doc.mentionAt[k]).startToken() == k
                && doc.type(doc.mentionAt[k]) == EntityType.ORGANIZATION && Grammar.clitic(doc, doc.mention(doc.mentionAt[k])).startsWith("و")) {
            more.add(doc.id(doc.mentionAt[k])); // «شركات مايكروسوفت وياهو»
            k = doc.mention(doc.mentionAt[k]).endToken();
        }
        if (doc.token(end - 1).script() == Script.LATIN) {
            String also = englishCoordinated(doc, s, k);
            return also == null || also.equals(org) ? more : List.of(also);
        }
        while (k < s.endToken()) {
            if (!repeatedOf(doc.token(k))) {
                return more;
            }
            int name = doc.mentionAt[k] < 0 && Grammar.isArabicOrgCue(doc.token(k)) && k + 1 < s.endToken() ? k + 1 : k;
            int m = doc.mentionAt[name]; // «ولشركة X»: the cue may stand outside the name found
            if (m < 0 || doc.mention(m).startToken() != name || doc.type(m) != EntityType.ORGANIZATION) {
                return more;
            }
            if (!more.contains(doc.id(m)) && !doc.id(m).equals(org)) {
                more.add(doc.id(m));
            }
            k = doc.mention(m).endToken();
        }
        return more;
    }

    /** Words that may describe the second employer of "director of A and B": "and Danish insulin giant Novo Nordisk". */
    private static final int MAX_DESCRIPTION = 4;
    /** Words that open a post of its own after "and": "president of A and chairman of B" names two posts ("and at B" does not). */
    private static final Set<String> POST_OPENERS = WordSet.of("of", "for", "in", "with", "to");

    /**
     * "a non-executive director of Smiths Group and Novo Nordisk", "… of Smiths Group, a technology group, and Danish
     * insulin giant Novo Nordisk": the company after "and" (past a description of the first set off by commas, and a
     * few words describing the second, written without a name, a title or a preposition) holds the title too, when the sentence goes no further
     * with it ("of A and B signed a deal" joins two signers). Returns its id, or null.
     */
    private static String englishCoordinated(Doc doc, Sentence s, int k) {
        if (k + 1 < s.endToken() && Grammar.isComma(doc.token(k))) {
            int close = k + 1;
            while (close < s.endToken() && close - k <= 8 && !party(doc, close) && !Grammar.isComma(doc.token(close))) {
                close++; // ", a FTSE 100 technology group,": a description set off by commas
            }
            k = close < s.endToken() && Grammar.isComma(doc.token(close)) ? close + 1 : k;
        }
        if (k >= s.endToken() || !doc.token(k).is("and")) {
            return null;
        }
        int name = k + 1;
        while (name < s.endToken() && name - k <= MAX_DESCRIPTION && !party(doc, name) && doc.token(name).isWord()
                && !NameLexicon.isEnglishTitle(doc.token(name)) && !POST_OPENERS.contains(doc.token(name).norm())) {
            name++; // "and Danish insulin giant Novo Nordisk"
        }
        int m = name < s.endToken() ? doc.mentionAt[name] : -1;
        if (m < 0 || doc.mention(m).startToken() != name || doc.type(m) != EntityType.ORGANIZATION) {
            return null;
        }
        int after = doc.mention(m).endToken();
        boolean closes = after >= s.endToken() || Grammar.isComma(doc.token(after)) || doc.token(after).is("(")
                || doc.token(after).is(".");
        return closes ? doc.id(m) : null;
    }

    /** Whether a person or an organization is named at token {@code k} (a place or an index may describe one). */
    private static boolean party(Doc doc, int k) {
        int m = doc.mentionAt[k];
        return m >= 0 && (doc.type(m) == EntityType.PERSON || doc.type(m) == EntityType.ORGANIZATION);
    }

    /** «في شركات “X …»: a plural of companies, a quote at most between, right before the name at {@code k}. */
    private static boolean companiesBefore(Doc doc, Sentence s, int k) {
        int j = k - 1;
        while (j > s.firstToken() && doc.mentionAt[j] < 0 && Grammar.isQuote(doc.token(j))) {
            j--;
        }
        return j >= s.firstToken() && doc.mentionAt[j] < 0 && PLURAL_COMPANIES.contains(Clitics.bare(doc.token(j).norm()));
    }

    /** «شركات», «شركتي»: the plural and the dual of «شركة», before the names of the companies they count. */
    private static final Set<String> PLURAL_COMPANIES = WordSet.of("شركات", "شركتي", "شركتا");

    /** «ولشركة», «ولبنك», «ولـ»: a word carrying و then ل. */
    private static boolean repeatedOf(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && n.startsWith("ول") && !n.startsWith("ولل") && n.length() > 2;
    }

    /** Nouns of a company owned by the one named before them: "Siemens subsidiary Siemens Mobility". */
    private static final Set<String> OWNED_UNITS = WordSet.of("subsidiary", "unit", "arm", "affiliate", "division");

    /**
     * "CEO of Siemens subsidiary Siemens Mobility": the company a parent's name only describes, named right after the
     * parent and a noun of a unit, is the employer; else {@code org} itself.
     */
    private static int ownedUnit(Doc doc, Sentence s, int org) {
        int k = doc.mention(org).endToken();
        if (k + 1 >= s.endToken() || !OWNED_UNITS.contains(doc.token(k).norm())) {
            return org;
        }
        int unit = doc.mentionAt[k + 1];
        return unit >= 0 && doc.type(unit) == EntityType.ORGANIZATION && doc.mention(unit).startToken() == k + 1 ? unit : org;
    }

    /** "الرئيس التنفيذي لميتا", "CEO of Acme", "العضو المنتدب للبنك": the organization after the title. */
    static String orgAfter(Doc doc, Sentence s, int end) {
        int from = departmentEnd(doc, s, end);
        if (end + 1 < s.endToken() && Grammar.isComma(doc.token(end))) {
            int m = doc.mentionAt[end + 1];
            if (m >= 0) {
                int after = doc.mention(m).endToken();
                boolean closed = after >= s.endToken() || Grammar.isComma(doc.token(after)) || !doc.token(after).isWord()
                        || Movers.SPEECH_VERBS.contains(doc.token(after).norm());
                return doc.type(m) == EntityType.ORGANIZATION && closed ? doc.id(m) : null; // "X, chair and CEO, Acme, said"
            }
            if (APPOSED_LINKS.contains(doc.token(end + 1).norm())) {
                from = end + 1; // "Dylan Roe, co-founder and CEO, of Acme said"
            }
        }
        if (from == end && end + 1 < s.endToken() && doc.token(end).is("to") && ADVISERS.contains(doc.token(end - 1).norm())) {
            from = end + 1; // "a special adviser to Acme": an adviser's employer follows "to"
        }
        int descriptors = -1;
        for (int k = from; k < Math.min(s.endToken(), from + 7); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && basedPlace(doc, s, m)) {
                k = doc.mention(m).endToken() + 1; // "COO at Annapolis-based Severn Bank": the place describes the employer
                continue;
            }
            if (m >= 0 && doc.type(m) == EntityType.LOCATION) {
                int described = describedOrganization(doc, s, k); // "CEO of US telecom group Acme": the company's country
                return described >= 0 ? doc.id(described) : employerOfRegion(doc, s, doc.mention(m).endToken()); // "head of Asia sales at Acme"
            }
            if (m >= 0) {
                return doc.type(m) == EntityType.ORGANIZATION ? doc.id(ownedUnit(doc, s, m)) : null;
            }
            int described = describedOrganization(doc, s, k);
            if (described >= 0) {
                return doc.id(described);
            }
            if (Anaphora.length(doc, k, s) > 0) {
                return Anaphora.resolve(doc, k); // "the firm", told before
            }
            Token t = doc.token(k);
            if (unitComplement(doc, k)) {
                from++; // the unit's words count apart from the links before the organization
                continue;
            }
            if (descriptors >= 0 && descriptors < 3 && t.script() == Script.ARABIC && Clitics.bare(t.norm()).length() > 2
                    && t.norm().startsWith("ال")) {
                descriptors++; // «لشركة المدفوعات المالية سكوير»: what the company does, then its name
                continue;
            }
            boolean cue = t.script() == Script.ARABIC && Grammar.isArabicOrgCue(t);
            if (k - from >= 4 || !Clitics.in(LINKS, t.norm()) && !Grammar.isQuote(t) && !cue) {
                return null;
            }
            if (cue) {
                descriptors = 0;
            }
        }
        return null;
    }

    /** A place written as "<place>-based" before the organization it describes. */
    static boolean basedPlace(Doc doc, Sentence s, int m) {
        int k = doc.mention(m).endToken();
        return doc.type(m) == EntityType.LOCATION && k + 1 < s.endToken() && doc.token(k).is("-") && doc.token(k + 1).is("based");
    }

    /**
     * "payments firm Square", "the chipmaker Arm", "the Dutch venture capital firm Vela", "the ride-hailing firm Zoomo":
     * a description of the company, then its name; the organization, or -1.
     */
    private static int describedOrganization(Doc doc, Sentence s, int k) {
        if (doc.token(k).script() != Script.LATIN) {
            return -1;
        }
        int j = ARTICLES.contains(doc.token(k).norm()) && k + 1 < s.endToken() ? k + 1 : k;
        return NameLists.describedCompany(doc, j, s.endToken());
    }

    /** "its CEO" after a deal: the other party, not the doer of this sentence's facts. */
    static String possessiveOwner(Doc doc, Sentence s, int token, FactCollector out) {
        Set<String> doers = new HashSet<>();
        for (Fact f : out.all()) {
            if (f.evidence() != null && f.evidence().start() == s.start()) {
                doers.add(f.subject());
            }
        }
        var before = doc.mentionsIn(s.firstToken(), token);
        for (int k = before.size() - 1; k >= 0; k--) {
            int m = before.get(k);
            if (doc.type(m) == EntityType.ORGANIZATION && !doers.contains(doc.id(m))) {
                return doc.id(m);
            }
        }
        return null;
    }

}
