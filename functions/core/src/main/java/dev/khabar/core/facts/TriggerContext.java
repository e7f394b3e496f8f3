package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks on a trigger's surroundings the deal rules ask before and after reading its parties. */
final class TriggerContext {
    private TriggerContext() {
    }

    /** The names listed after the first agent of a passive ("backed by A, B and C") each do what it does. */
    static void coAgents(Doc doc, Sentence s, Trigger tr, FactType type, ArgumentSpec spec, int first,
                                 List<String> objects, DateValue date, String status, FactCollector out) {
        List<String> agents = new ArrayList<>();
        NameLists.listAfter(doc, s, first, Grammar.clauseEnd(doc, tr.startToken(), s), spec.subject(), doc.id(first), agents);
        for (String agent : agents) {
            for (String object : objects) {
                if (object != null && !agent.equals(object)) {
                    out.add(type, agent, object, null, null, date, null, status, Attributes.evidence(doc, s), 0.6);
                }
            }
        }
    }

    /** The kinds of party a list of doers before a verb of buying, investing, founding or contracting is made of. */
    private static final Set<EntityType> DOERS = Set.of(EntityType.ORGANIZATION, EntityType.PERSON);

    /**
     * "Tessor Labs and Borvane Group acquired a 55% stake in X", "Jane Roe and John Doe co-founded X", "A and B won
     * contracts from C", "A and B signed an agreement with C": each party coordinated before the verb with its doer makes the same deal, founding or contract
     * (a price is the pair's, so told on the first fact only).
     */
    static void coBuyers(Doc doc, Sentence s, Trigger tr, FactType type, String subject, List<String> objects,
                         DateValue date, String status, FactCollector out) {
        int verbPhrase = type == FactType.CONTRACT || type == FactType.PARTNERSHIP ? pastNounsVerbPhrase(doc, s, tr.startToken())
                : tr.startToken();
        addCoDoers(doc, s, type, subject, Grammar.coordinatedBefore(doc, s, verbPhrase, DOERS), objects, date, status, out);
    }

    /**
     * When {@code doers} lists {@code subject}, each other member makes the same deal with each object as the subject did
     * (the price is the pair's, told on the subject's fact only).
     */
    static void addCoDoers(Doc doc, Sentence s, FactType type, String subject, List<String> doers, List<String> objects,
                           DateValue date, String status, FactCollector out) {
        if (!doers.contains(subject)) {
            return;
        }
        for (String doer : doers) {
            for (String object : objects) {
                if (!doer.equals(subject) && object != null && !object.equals(doer) && !out.has(type, doer, object)) {
                    out.add(type, doer, object, null, null, date, null, status, Attributes.evidence(doc, s), 0.7);
                }
            }
        }
    }

    /** How many words a verb and what describes the contract may take between its holders and the noun. */
    private static final int NOUN_PHRASE_REACH = 6;

    /**
     * "A and B won a $40 million contract": where the words before the contract noun ("won a $40 million") begin, right
     * after the name before them, when only plain words stand between; else the noun.
     */
    private static int pastNounsVerbPhrase(Doc doc, Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(s.firstToken(), noun - NOUN_PHRASE_REACH - 1); k--) {
            if (doc.mentionAt[k] >= 0) {
                return plainWords(doc, k + 1, noun) ? k + 1 : noun;
            }
        }
        return noun;
    }

    /**
     * Whether tokens [from, to) are a few plain words of a phrase ("won a $40 million", "a $2 billion"): lower-case
     * Latin words, numbers and currency signs; no name, capital, comma, quote or bracket.
     */
    static boolean plainWords(Doc doc, int from, int to) {
        if (to - from > NOUN_PHRASE_REACH) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (doc.mentionAt[k] >= 0 || t.capitalized() || t.script() == Script.ARABIC || Grammar.isComma(t)
                    || Grammar.isQuote(t) || t.is(".") || t.is("(") || t.is(")")) {
                return false;
            }
        }
        return true;
    }

    /** Words that join a co-founder to the founding: "with", "alongside", «مع», «برفقة». */
    private static final Set<String> FOUNDED_WITH = WordSet.of("with", "alongside", "مع", "برفقه", "رفقه");
    /** How many words of description may stand before the co-founder's name: "with former Goldman Sachs banker X". */
    private static final int CO_FOUNDER_REACH = 6;

    /**
     * "Jane Roe co-founded Acme in 2019 with Tom Reyes", "… alongside former Goldman banker Tom Reyes", «أسس فلان
     * الشركة مع شريكه فهد الدوسري»: the person named after "with" founded the company too. The words before the name
     * may describe the person, but a preposition, a number or a comma ends the search ("with a loan from X").
     */
    static void coFounders(Doc doc, Sentence s, Trigger tr, String founder, List<String> objects, DateValue date,
                           FactCollector out) {
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        for (int k = tr.endToken(); k < end; k++) {
            if (doc.mentionAt[k] >= 0 || !FOUNDED_WITH.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(end, k + 1 + CO_FOUNDER_REACH); j++) {
                int m = doc.mentionAt[j];
                if (m >= 0 && doc.type(m) == EntityType.PERSON) {
                    List<String> founders = new ArrayList<>(List.of(doc.id(m)));
                    NameLists.listAfter(doc, s, m, end, Set.of(EntityType.PERSON), founder, founders);
                    for (String co : founders) {
                        for (String object : objects) {
                            if (object != null && !co.equals(founder) && !out.has(FactType.FOUNDED, co, object)) {
                                out.add(FactType.FOUNDED, co, object, null, null, date, null, null, Attributes.evidence(doc, s), 0.6);
                            }
                        }
                    }
                    return;
                }
                Token t = doc.token(j);
                if (m >= 0 ? doc.type(m) != EntityType.ORGANIZATION : !t.isWord() || Grammar.isPreposition(t)) {
                    break; // "with a $5,000 loan from X", "with funds of X": no co-founder
                }
                if (m >= 0) {
                    j = doc.mention(m).endToken() - 1; // "former Goldman Sachs banker X": the company describes the person
                }
            }
            return;
        }
    }

    /** «مجموعة Bain للاستثمارات», «شركة X للاستثمار»: an investment noun after a name, naming the investor, not a deal. */
    static boolean namePart(Doc doc, Sentence s, Trigger tr) {
        int before = tr.startToken() - 1;
        while (before >= s.firstToken() && Grammar.isQuote(doc.token(before))) {
            before--;
        }
        return tr.arabic() && tr.type() == FactType.INVESTMENT && doc.token(tr.startToken()).norm().startsWith("لل")
                && before >= s.firstToken() && doc.mentionAt[before] >= 0
                && doc.type(doc.mentionAt[before]) == EntityType.ORGANIZATION;
    }

    /**
     * Bodies, units and zones a definite deal noun may name: «قسم الاستحواذ», «وزارة الاستثمار», «لجنة الاستثمار»,
     * «منطقة التعاون الاقتصادي», «منظمة التعاون الإسلامي».
     */
    private static final Set<String> UNITS = WordSet.of("قسم", "اداره", "قطاع", "وحده", "شعبه", "دائره", "لجنه", "هيئه",
            "وزاره", "وزير", "وزيره", "مجلس", "مدير", "مديره", "رئيس", "فريق", "منطقه", "منظمه");

    /** Words for a company: in construct before a deal noun, «شركة الاستثمار», they name its line of business. */
    private static final Set<String> COMPANY_KINDS = WordSet.of("شركه", "شركات", "صندوق", "صناديق", "مجموعه", "بنك", "مصرف");

    /**
     * «رئيس قسم الاستحواذ بالشركة», «وزير الاستثمار», «لشركة الاستثمار الأمريكية X»: a deal noun in construct after a
     * unit, an office or an indefinite word for a company names it, no deal («أعلنت الشركة الاستحواذ» stays a deal).
     */
    static boolean unitName(Doc doc, Sentence s, Trigger tr) {
        int before = tr.startToken() - 1;
        if (!tr.arabic() || before < s.firstToken() || doc.mentionAt[before] >= 0 || !doc.token(tr.startToken()).norm().startsWith("ال")) {
            return false;
        }
        String word = Clitics.withoutConjunction(doc.token(before).norm());
        boolean indefinite = !word.startsWith("ال") && !word.startsWith("لل") && !word.startsWith("بال");
        return UNITS.contains(doc.token(before).norm()) || UNITS.contains(word)
                || indefinite && Grammar.anyReading(COMPANY_KINDS, doc.token(before));
    }

    /** Bodies set up inside an organization: founding one founds no company («تأسيس مجلس تحرير», «أسس لجنة»). */
    private static final Set<String> INNER_BODIES = WordSet.of("مجلس", "مجلسا", "لجنه", "فريق", "فريقا", "وحده", "قسم",
            "قسما", "اداره", "شعبه", "دائره");

    /**
     * «أعلن فلان تأسيس مجلس تحرير للقناة», «أسس فلان لجنة للمراجعة»: what is founded, right after the verb or its doer,
     * is a council, a committee or a unit of the organization named after it, not the organization.
     */
    static boolean foundsInnerBody(Doc doc, Sentence s, Trigger tr) {
        if (!tr.arabic() || tr.type() != FactType.FOUNDED) {
            return false;
        }
        int k = tr.endToken();
        if (k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON) {
            k = doc.mention(doc.mentionAt[k]).endToken(); // «أسس فلان لجنة»: past the doer
        }
        if (k >= s.endToken()) {
            return false;
        }
        String n = doc.token(k).norm();
        // فريقا is no ف + ريقا; a council with a name of its own («مجلس الأعمال السعودي») is an organization founded
        return doc.mentionAt[k] < 0 && (INNER_BODIES.contains(n) || INNER_BODIES.contains(Clitics.bare(n)));
    }

    /**
     * English nouns for a company or a fund that a deal noun before them qualifies: "investment vehicle", "acquisition
     * arm", "investment startup Upside" (a startup whose trade is investing).
     */
    private static final Set<String> ENGLISH_COMPANY_KINDS = WordSet.of("vehicle", "vehicles", "fund", "funds", "firm",
            "firms", "bank", "banks", "arm", "company", "companies", "group", "house", "manager", "managers", "trust",
            "corporation", "office", "authority", "startup", "startups", "platform", "platforms", "app", "apps");

    /**
     * "the Abu Dhabi investment vehicle", "investment funds of X": an English deal noun qualifying a word for a company
     * names a kind of company, no deal.
     */
    static boolean kindOfCompany(Doc doc, Sentence s, Trigger tr) {
        int after = tr.endToken();
        return !tr.arabic() && after < s.endToken() && doc.mentionAt[after] < 0
                && ENGLISH_COMPANY_KINDS.contains(doc.token(after).norm());
    }

    /** Nouns for a person's post that a deal noun before them qualifies: "chief investment officer", "investment director". */
    private static final Set<String> POSTS = WordSet.of("director", "directors", "officer", "officers", "banker", "bankers",
            "analyst", "analysts", "strategist", "strategists", "committee");
    /** Posts a deal noun names the field of ("an investment executive"), which after a verb of taking a post are its title. */
    private static final Set<String> DEAL_FIELD_POSTS = WordSet.of("executive", "executives", "manager", "managers");
    /** Posts whose field follows after "of": "head of investment strategy", "director of acquisitions". */
    private static final Set<String> HEADS_OF = WordSet.of("head", "director", "chief", "manager", "officer", "president");

    /** Words that make "partner" a person's post: "managing partner", "a general partner", "founding partner". */
    private static final Set<String> PARTNER_POSTS = WordSet.of("managing", "general", "senior", "founding", "equity",
            "junior", "limited", "operating", "venture", "الاداري", "اداري", "المؤسس", "مؤسس", "المدير");
    private static final Set<String> PARTNER_NOUNS = WordSet.of("partner", "partners", "شريك", "الشريك", "شريكا");

    /** Possessives of a person, whose contract is a job's: "his Microsoft contract", "her contract". */
    private static final Set<String> PERSONS_OWN = WordSet.of("his", "her");

    /**
     * "to comply with a non-compete clause in his Microsoft contract", "her contract runs until 2027": a contract a
     * person owns is the job's, no business contract (the employer's name may stand between).
     */
    static boolean personsContract(Doc doc, Sentence s, Trigger tr) {
        if (tr.type() != FactType.CONTRACT || tr.arabic()) {
            return false;
        }
        int k = tr.startToken() - 1;
        if (k >= s.firstToken() && doc.mentionAt[k] >= 0) {
            k = doc.mention(doc.mentionAt[k]).startToken() - 1; // "his Microsoft contract"
        }
        return k >= s.firstToken() && PERSONS_OWN.contains(doc.token(k).norm());
    }

    /**
     * "chief investment officer", "investment banker": an English deal noun naming a kind of post, no deal; so does a
     * partner who is a person: "a former partner at Deloitte", "managing partner of X", «الشريك المؤسس لشركة X», «وشريكه
     * فهد».
     */
    static boolean kindOfPost(Doc doc, Sentence s, Trigger tr) {
        if (tr.type() == FactType.PARTNERSHIP && PARTNER_NOUNS.contains(Clitics.withoutConjunction(doc.token(tr.startToken()).norm()))) {
            int after = tr.endToken();
            String next = after < s.endToken() ? doc.token(after).norm() : "";
            String before = tr.startToken() > s.firstToken() ? doc.token(tr.startToken() - 1).norm() : "";
            if (next.equals("at") || PARTNER_POSTS.contains(before) || PARTNER_POSTS.contains(next)) {
                return true;
            }
        }
        if (tr.type() == FactType.PARTNERSHIP && tr.arabic() && tr.endToken() < s.endToken()
                && Clitics.withoutConjunction(doc.token(tr.startToken()).norm()).startsWith("شريك")
                && doc.mentionAt[tr.endToken()] >= 0 && doc.type(doc.mentionAt[tr.endToken()]) == EntityType.PERSON) {
            return true; // «أسس فلان وشريكه فهد الدوسري الشركة»: a person's partner, named next, is no deal
        }
        if (tr.arabic()) {
            return arabicKindOfPost(doc, s, tr);
        }
        int after = tr.endToken();
        int of = tr.startToken() - 1;
        boolean deal = tr.type() != FactType.ROLE && tr.type() != FactType.EMPLOYMENT_START && tr.type() != FactType.EMPLOYMENT_END;
        if (deal && of - 1 >= s.firstToken() && doc.token(of).is("of") && HEADS_OF.contains(doc.token(of - 1).norm())) {
            return true; // "head of investment research at X": the post's field, no deal
        }
        return after < s.endToken() && doc.mentionAt[after] < 0 && (POSTS.contains(doc.token(after).norm())
                || deal && DEAL_FIELD_POSTS.contains(doc.token(after).norm()));
    }

    /**
     * «الرئيس التنفيذي للاستثمار», «مدير الاستثمارات», «رئيس الاستحواذات»: an Arabic deal noun with the article or ل as
     * the complement of a title right before it names the post's field, no deal.
     */
    private static boolean arabicKindOfPost(Doc doc, Sentence s, Trigger tr) {
        String n = Clitics.withoutConjunction(doc.token(tr.startToken()).norm());
        if (!n.startsWith("ال") && !n.startsWith("لل")) {
            return false;
        }
        for (int j = Math.max(s.firstToken(), tr.startToken() - 3); j < tr.startToken(); j++) {
            RoleMatch r = ArabicRoles.match(doc.tokens, j, s.endToken());
            if (r != null && r.endToken() >= tr.startToken()) { // right before it, or taking it as its complement
                return true;
            }
        }
        return false;
    }

    /** Nouns an English contract noun before them qualifies: "the contract value", "contract manufacturers". */
    private static final Set<String> CONTRACT_QUALIFIED = WordSet.of("value", "values", "price", "prices", "period",
            "term", "duration", "length", "sum", "manufacturer", "manufacturers", "manufacturing", "workers", "staff",
            "employees", "research");

    /**
     * "with a contract value of R864m, was awarded to X", "contract manufacturers such as X": the contract noun qualifies
     * a sum, a time or a kind of firm and tells no contract of its own.
     */
    static boolean qualifiesNoun(Doc doc, Sentence s, Trigger tr) {
        int after = tr.endToken();
        return !tr.arabic() && tr.type() == FactType.CONTRACT && after < s.endToken() && doc.mentionAt[after] < 0
                && CONTRACT_QUALIFIED.contains(doc.token(after).norm());
    }

    /** Words of drawing investment in: a place or a sector «جاذبة للاستثمارات», «لجذب الاستثمارات», «استقطاب الاستثمار». */
    private static final Set<String> ATTRACTING = WordSet.of("جاذبه", "جاذب", "جاذبا", "جذب", "لجذب", "استقطاب",
            "لاستقطاب", "جذبها", "مناخ");

    /**
     * «وجهة جاذبة للاستثمارات», «لجذب الاستثمارات الأجنبية», «مناخ الاستثمار»: investment as what a country or a sector
     * draws in, no one's investment in anyone.
     */
    static boolean attractedInvestment(Doc doc, Sentence s, Trigger tr) {
        int before = tr.startToken() - 1;
        return tr.arabic() && tr.type() == FactType.INVESTMENT && before >= s.firstToken() && doc.mentionAt[before] < 0
                && ATTRACTING.contains(Clitics.withoutConjunction(doc.token(before).norm()));
    }

    /** "buy-now-pay-later", "buy now, pay later": a kind of credit named by the verb, no purchase. */
    static boolean creditKind(Doc doc, Sentence s, Trigger tr) {
        int next = tr.endToken() < s.endToken() && doc.token(tr.endToken()).is("-") ? tr.endToken() + 1 : tr.endToken();
        return !tr.arabic() && doc.token(tr.startToken()).is("buy") && next < s.endToken() && doc.token(next).is("now");
    }

    /** A finite Arabic verb (استحوذت، تشتري), not a noun carrying the article or a preposition (الاستحواذ، للاستحواذ). */
    static boolean isVerb(Token t) {
        String w = Clitics.withoutConjunction(t.norm());
        return !w.startsWith("ال") && !w.startsWith("لل") && !w.startsWith("بال") && !w.startsWith("ل");
    }

    /** Conjunctions of time and cause that open a clause whose verb may drop its subject: «عندما استحوذت على X». */
    private static final Set<String> SUBORDINATORS = WordSet.of("عندما", "حينما", "حين", "اذ", "بعدما", "لما");

    /** Whether the trigger's verb comes right after a conjunction of time or cause. */
    static boolean afterSubordinator(Doc doc, Sentence s, Trigger tr) {
        int before = tr.startToken() - 1;
        return before >= s.firstToken() && SUBORDINATORS.contains(Clitics.withoutConjunction(doc.token(before).norm()));
    }

    /** «استحوذت على», «اشترت "X"»: the verb goes straight on to its object, so no noun after it is its doer. */
    static boolean objectNext(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        return k < s.endToken() && (Grammar.isPreposition(doc.token(k)) || Grammar.isQuote(doc.token(k)) || doc.mentionAt[k] >= 0
                || ownedNounBeforeName(doc, s, k));
    }

    /**
     * Words before «مع» that make it "at the time of" or "in line with" («بالتزامن مع», «تزامنا مع», «تماشيا مع»,
     * «بالتوازي مع», «انسجاما مع»), never "with" a party.
     */
    private static final Set<String> CONCURRENCE = WordSet.of("بالتزامن", "تزامنا", "تماشيا", "بالتوازي", "توازيا",
            "انسجاما", "تناغما", "اتساقا");

    /** Whether the «مع» at {@code with} follows a word of concurrence or accord, so that no deal's party comes after it. */
    static boolean concurrentWith(Doc doc, Sentence s, int with) {
        return with > s.firstToken() && doc.token(with).is("مع")
                && CONCURRENCE.contains(Clitics.withoutConjunction(doc.token(with - 1).norm()));
    }

    /** How many definite adjectives may follow an owned noun before the name: «هاتفه اللوحي الجديد X». */
    private static final int OWNED_ADJECTIVES = 2;

    /**
     * «أطلقت هاتفها X», «أطلق هاتفه اللوحي الجديد X»: a noun owned by a pronoun (ها، ه as written, not the ة of a
     * feminine noun), past its definite adjectives, then a name or a quote: what the verb acts on, never its doer.
     */
    private static boolean ownedNounBeforeName(Doc doc, Sentence s, int k) {
        Token t = doc.token(k);
        if (t.script() != Script.ARABIC || doc.mentionAt[k] >= 0 || !t.surface().endsWith("ه") && !t.surface().endsWith("ها")) {
            return false;
        }
        int j = k + 1;
        while (j < s.endToken() && j <= k + OWNED_ADJECTIVES && doc.mentionAt[j] < 0 && doc.token(j).norm().startsWith("ال")) {
            j++;
        }
        return j < s.endToken() && (doc.mentionAt[j] >= 0 || Grammar.isQuote(doc.token(j)));
    }

    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "this", "that");
    /** Verbs by which the one named before a deal noun makes the deal: "completed the purchase of X". */
    private static final Set<String> MAKING = WordSet.of("completed", "completes", "closed", "closes", "finalized",
            "finalised", "made", "makes", "agreed", "announced", "announces", "sealed");

    /**
     * "led the acquisition", "oversaw a purchase", "whether the acquisition …": an English trigger read as a noun after
     * its determiner, not made by the verb before it ("completed the purchase").
     */
    static boolean determinedNoun(Doc doc, Sentence s, Trigger tr) {
        int before = tr.startToken() - 1;
        return afterDeterminer(doc, s, tr) && !(before - 1 >= s.firstToken() && MAKING.contains(doc.token(before - 1).norm()));
    }

    private static final Set<String> TAKE = WordSet.of("take", "takes", "took", "taken", "taking");

    /**
     * "Whitacre took over GM in 2009", "Roe will take over Acme next month": a person who takes over a company with no
     * price told takes over its running, a hire; an owner's takeover is told with its price ("took over Acme for $4bn").
     */
    static boolean runningTakenOver(Doc doc, Sentence s, Trigger tr, int subjectMention, int byAt, Amount amount,
                                    List<String> objects) {
        if (tr.arabic() || byAt >= 0 || amount != null || subjectMention < 0 || doc.type(subjectMention) != EntityType.PERSON
                || tr.endToken() - tr.startToken() != 2 || !TAKE.contains(doc.token(tr.startToken()).norm())
                || !doc.token(tr.startToken() + 1).is("over") || objects.size() != 1) {
            return false;
        }
        for (int m : doc.mentionsIn(tr.endToken(), s.endToken())) {
            if (doc.id(m).equals(objects.get(0))) {
                return doc.type(m) == EntityType.ORGANIZATION;
            }
        }
        return false;
    }

    /** "the acquisition", "this alliance": an English trigger right after a determiner, read as a noun. */
    private static boolean afterDeterminer(Doc doc, Sentence s, Trigger tr) {
        int before = tr.startToken() - 1;
        return !tr.arabic() && before >= s.firstToken() && DETERMINERS.contains(doc.token(before).norm());
    }

    /**
     * "This alliance will help …", "said the partnership would …", "… as a partner when he ran X": an English
     * partnership noun opening its clause (or a reported one), or said of someone after "as", whose partner only "with"
     * can name.
     */
    static boolean partnershipSubjectOrRole(Doc doc, Sentence s, Trigger tr) {
        if (tr.type() != FactType.PARTNERSHIP || !afterDeterminer(doc, s, tr)) {
            return false;
        }
        int k = tr.startToken() - 2;
        return k < s.firstToken() || doc.token(k).is("as") || Grammar.isQuote(doc.token(k)) || Grammar.isComma(doc.token(k))
                || doc.token(k).is(":") || doc.token(k).is("that") || Movers.SPEECH_VERBS.contains(doc.token(k).norm());
    }

    private static final Set<String> SHARES = WordSet.of("shares", "stock", "stocks");
    /** What kind of shares are bought: "secondary shares", "additional stock", "new preferred shares". */
    private static final Set<String> SHARE_KINDS = WordSet.of("secondary", "primary", "additional", "more", "new",
            "existing", "preferred", "preference", "ordinary", "common", "treasury", "minority", "some");

    /** "bought shares", "buying up stock", "acquired secondary shares": an English verb of buying whose object is shares, not a company. */
    static boolean sharesBought(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        if (k < s.endToken() && doc.token(k).is("up")) {
            k++;
        }
        while (k < s.endToken() && k < tr.endToken() + 3 && SHARE_KINDS.contains(doc.token(k).norm())) {
            k++;
        }
        return !tr.arabic() && k < s.endToken() && SHARES.contains(doc.token(k).norm());
    }

    /** English verbs of buying whose object may be another owner's stake: "buy Acme's stake". */
    private static final Set<String> BUYING = WordSet.of("buy", "buys", "bought", "buying", "acquire", "acquires",
            "acquired", "acquiring", "purchase", "purchases", "purchased", "purchasing");

    /** "will buy Acme's 65 percent stake in X": the stake's owner (mention {@code owner}) is the seller, not its holder now. */
    static boolean stakeSoldByOwner(Doc doc, Sentence s, Trigger tr, int owner) {
        int before = doc.mention(owner).startToken() - 1;
        return !tr.arabic() && Stakes.isStakeWord(doc.token(tr.startToken())) && before >= s.firstToken()
                && BUYING.contains(doc.token(before).norm());
    }

    /**
     * "will buy Acme's 40% stake in X", "acquired the founders' stake": the name right after an English verb of buying
     * owns the stake it sells, and is not bought; the stake noun tells what is bought and in what.
     */
    static boolean ownersStakeBought(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        if (tr.arabic() || k >= s.endToken() || doc.mentionAt[k] < 0 || doc.mention(doc.mentionAt[k]).startToken() != k) {
            return false;
        }
        int owned = doc.mention(doc.mentionAt[k]).endToken();
        if (owned >= s.endToken() || !doc.token(owned).is("'s")) {
            return false;
        }
        for (int j = owned + 1; j < Math.min(s.endToken(), owned + 6) && doc.mentionAt[j] < 0; j++) {
            if (Stakes.isStakeWord(doc.token(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the shares bought are said to be of or in a name: "shares of X", "shares in X". */
    static boolean sharesOfNamed(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.endToken(); k + 1 < s.endToken() && k < tr.endToken() + 4; k++) {
            if ((doc.token(k).is("of") || doc.token(k).is("in")) && doc.mentionAt[k + 1] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** «في إطار», «ضمن», «بموجب»: "within the frame of", "under", before the deal another act is part of. */
    private static final Set<String> FRAMES = WordSet.of("اطار", "ضمن", "بموجب");

    /**
     * «في إطار الاستثمار الجديد», «ضمن الاستثمار»: the definite Arabic deal noun after a word of framing is the deal
     * told before, the frame of what the sentence tells, not a new one; «في إطار الاستثمار في شركة X» still tells one.
     */
    static boolean framingTold(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken();
        return tr.arabic() && k > s.firstToken() && tr.endToken() == k + 1 && doc.token(k).norm().startsWith("ال")
                && FRAMES.contains(Clitics.withoutConjunction(doc.token(k - 1).norm()))
                && !(k + 1 < s.endToken() && doc.token(k + 1).is("في"));
    }

    /** Whether the stake after a verb of taking is in {@code object}, named in its genitive: «على حصص شركة Y». */
    static boolean stakeInObject(Doc doc, Sentence s, Trigger tr, String object) {
        int stake = tr.arabic() ? StakeOwners.stakeAfter(doc, s, tr) : -1;
        int company = stake < 0 ? -1 : StakeOwners.company(doc, s, stake);
        return company >= 0 && doc.id(company).equals(object);
    }

    /** Verbal nouns of buying or selling, read with or without their clitics: «لشراء», «للاستحواذ», «على بيع». */
    private static final Set<String> TAKING = WordSet.of("شراء", "شرائ", "استحواذ", "الاستحواذ", "اقتناء", "بيع");
    /** What a stake deal buys or sells besides a stake noun: shares, the capital, the ownership, a percentage of it. */
    private static final Set<String> HOLDINGS = WordSet.of("اسهم", "الاسهم", "راسمال", "ملكيه", "%", "المئه", "المائه");
    /** «بموجبه», «بموجبها»: "under which", opening what an agreement does. */
    private static final Set<String> UNDER_WHICH = WordSet.of("بموجبه", "بموجبها");
    /** Verbs of buying or selling that an agreement's content opens on: «اشترت بموجبه 35 في المئة من X». */
    private static final Set<String> BUYING_VERBS = WordSet.of("اشترت", "اشتري", "تشتري", "يشتري", "باعت", "باع",
            "تبيع", "يبيع");
    /** How many words after the verbal noun its stake may stand: «لشراء كامل حصة», «على بيع كل رأسمال». */
    private static final int HOLDING_REACH = 4;

    /**
     * «ووقعت X الاتفاقية النهائية مع Y لشراء حصة من أسهمها», «الاتفاق على بيع كل رأسمال البنك … وفق اتفاقية وقعت بين
     * الطرفين», «نفذ اتفاقا مع Y لبيعه كامل حصته», «وقعت اتفاقا مع Y اشترت بموجبه 35 في المئة من Z»: an agreement for
     * buying or selling a stake, or whose content is that purchase, is that deal, told by its own trigger, and no
     * partnership.
     */
    static boolean stakeAgreement(Doc doc, Sentence s) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            Token t = doc.token(k);
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            boolean purpose = t.norm().startsWith("ل") || doc.token(k - 1).is("علي");
            boolean underWhich = UNDER_WHICH.contains(doc.token(k - 1).norm())
                    || k + 1 < s.endToken() && UNDER_WHICH.contains(doc.token(k + 1).norm());
            boolean taking = purpose && takingNoun(t) || underWhich && BUYING_VERBS.contains(Clitics.withoutConjunction(t.norm()));
            if (taking && holdingAfter(doc, s, k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** «لشراء», «لبيعه», «لشرائها»: a verbal noun of taking or selling, bare or with the pronoun of its doer. */
    private static boolean takingNoun(Token t) {
        if (Grammar.anyReading(TAKING, t)) {
            return true;
        }
        String bare = Clitics.bare(t.norm());
        String stem = bare.endsWith("ها") ? bare.substring(0, bare.length() - 2) : bare.endsWith("ه") ? bare.substring(0, bare.length() - 1) : null;
        return stem != null && TAKING.contains(stem);
    }

    private static boolean holdingAfter(Doc doc, Sentence s, int from) {
        if (from < s.endToken() && UNDER_WHICH.contains(doc.token(from).norm())) {
            from++; // «اشترت بموجبه 35%»
        }
        for (int k = from; k < s.endToken() && k < from + HOLDING_REACH && doc.mentionAt[k] < 0; k++) {
            if (Stakes.isStakeWord(doc.token(k)) || Grammar.anyReading(HOLDINGS, doc.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a verb of taking its stake noun may stand, not counting the buyer's name and quotes. */
    private static final int STAKE_WORDS = 6;

    /**
     * "استحواذها على حصة في شركة X", "acquire a stake in X", «اشترت شركة "X القابضة" الكويتية حصة في Y»: an
     * investment, stated by its own trigger. The buyer's name between the verb and the stake counts for no words.
     */
    static boolean stakeOnly(Doc doc, Trigger tr, String object) {
        if (tr.type() != FactType.ACQUISITION) {
            return false;
        }
        int words = 0;
        for (int k = tr.endToken(); k < doc.tokens.size() && words < STAKE_WORDS; k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.id(m).equals(object)) {
                return false;
            }
            if (Stakes.isStakeWord(doc.token(k))) {
                return true;
            }
            if (m >= 0) {
                k = doc.mention(m).endToken() - 1;
            } else if (!Grammar.isQuote(doc.token(k))) {
                words++;
            }
        }
        return false;
    }
}
