package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in a deal when the trigger's own clause does not say it plainly: the reporter of "قالت X إنها
 * ستستثمر", the noun a relative "which raised" hangs on, the seller of «الأسهم التي تملكها A في B», the investors
 * after "from" / "backed by", the main-clause doer an object anaphor points back to.
 */
final class DealParties {
    /** Complementizers carrying the reporter as a pronoun ("إنها ستستثمر": she/it will invest). */
    private static final Set<String> PRONOUN_COMPLEMENTIZERS = WordSet.of("انها", "انه", "بانها", "بانه", "انهم", "انهما");
    private static final Set<String> RELATIVES = WordSet.of("which", "that", "who");
    private static final Set<String> ROUND_WORDS = WordSet.of("round", "financing", "funding", "جوله", "تمويل", "تمويلا",
            "تمويلات");
    private static final Set<String> OWNS = WordSet.of("تملكها", "يملكها", "تمتلكها", "يمتلكها", "تملكه", "يملكه",
            "تمتلكه", "يمتلكه", "owned", "held");
    private static final Set<String> PURPOSE = WordSet.of("to", "for");
    /** Descriptor nouns between a description and the name it describes ("VC firm Sequoia Capital"). */
    private static final Set<String> DESCRIPTORS = WordSet.of("firm", "fund", "company", "investor", "investors", "group",
            "giant", "bank", "صندوق", "شركه", "مجموعه", "بنك");
    /** English nouns for those who put money in, that a list of their names may follow. */
    static final Set<String> INVESTOR_WORDS = WordSet.of("investors", "investor", "backers", "backer", "participants",
            "funders", "firms", "funds", "vcs");
    /** Nouns that describe an investor before its name: «من المستثمر الملاك X», "from angel investor X". */
    private static final Set<String> INVESTOR_NOUNS = WordSet.of("مستثمر", "مستثمرين", "مستثمرون", "ملاك", "ملائكي",
            "صندوق", "صناديق", "شركه", "شركات", "مجموعه", "بنك", "رجل", "اعمال", "investor", "investors", "angel",
            "firm", "firms", "fund", "funds", "venture", "capitalist", "capitalists");

    private DealParties() {
    }

    /**
     * The doer standing outside the trigger's clause: the reporter of "قالت X إنها ستستثمر" / "X said that it will
     * invest", or the name a relative clause hangs on ("Tumblr, which raised $5m"); -1 when neither.
     */
    static int outsideClause(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        int start = Grammar.clauseStart(doc, tr.startToken(), s);
        if (start <= s.firstToken() || start >= tr.startToken()) {
            return -1;
        }
        Token opener = doc.token(start);
        boolean pronoun = PRONOUN_COMPLEMENTIZERS.contains(Clitics.withoutConjunction(opener.norm()))
                || (opener.is("that") && Anaphora.PRONOUNS.contains(doc.token(start + 1).norm()));
        if (pronoun) { // past a wire's dateline: «القاهرة (رويترز) - قالت شركة X … إنها استحوذت»
            int from = Math.max(Grammar.afterDateline(doc, s), TriggerFacts.afterSource(doc, s)); // not the source reported from
            return from < start ? Grammar.firstUngoverned(doc, s, from, start, types, null) : -1;
        }
        if (RELATIVES.contains(opener.norm()) && start - 2 >= s.firstToken() && Grammar.isComma(doc.token(start - 1))) {
            int m = doc.mentionAt[start - 2];
            return m >= 0 && types.contains(doc.type(m)) ? m : -1;
        }
        return -1;
    }

    /** Subordinators opening a sentence's fronted clause: "Since launching X, Y has …", "After the launch of X, Y …". */
    private static final Set<String> FRONTING = WordSet.of("since", "after", "before", "following", "upon", "having",
            "when", "while", "by");

    /**
     * "Since launching Zeta in 2021, Norvix has signed up …", "After the launch of the Zeta app, Norvix expanded": a
     * trigger inside a clause the sentence opens on has the main clause's subject, named right after the comma, for
     * its doer; -1 otherwise.
     */
    static int frontedClauseDoer(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        int opener = tr.arabic() ? -1 : frontingWord(doc, s);
        if (opener < 0) {
            return -1;
        }
        for (int k = opener + 1; k < s.endToken() - 1; k++) {
            if (Grammar.isComma(doc.token(k))) {
                int m = k > tr.startToken() ? describedDoer(doc, s, k + 1) : -1;
                return m >= 0 && types.contains(doc.type(m)) ? m : -1;
            }
        }
        return -1;
    }

    /**
     * The comma that closes a clause the sentence opens on ("Months after it raised $5m, Lakra bought Bonto"), or -1:
     * what that clause tells belongs to no deal of the main clause.
     */
    static int frontedClauseEnd(Doc doc, Sentence s) {
        int opener = frontingWord(doc, s);
        for (int k = opener + 1; opener >= 0 && k < s.endToken() - 1; k++) {
            if (Grammar.isComma(doc.token(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Time nouns a fronted clause's opening word may follow: "A year after it closed …", "Months before …". */
    private static final Set<String> LEAD_TIMES = WordSet.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hours", "decade", "decades", "shortly", "soon");
    /** How many words may measure the time before the fronting word: "Barely a year after". */
    private static final int LEAD_TIME_WORDS = 5;

    /**
     * The fronting word a sentence opens on ("Since", "After"), or the one right after a measure of time that opens it
     * ("Barely a year after it completed a round, Kuvio …"); -1 when it opens otherwise.
     */
    private static int frontingWord(Doc doc, Sentence s) {
        int first = s.firstToken();
        if (FRONTING.contains(doc.token(first).norm())) {
            return first;
        }
        for (int k = first + 1; k < Math.min(s.endToken(), first + LEAD_TIME_WORDS + 1); k++) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                return -1;
            }
            if (FRONTING.contains(doc.token(k).norm()) && LEAD_TIMES.contains(doc.token(k - 1).norm())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The main clause's subject right after a fronted clause's comma: named at once, or after a description ending on
     * a company noun ("Nigerian fintech startup, Kuvio, has", "Ghanaian startup Lakra has"); -1 otherwise.
     */
    private static int describedDoer(Doc doc, Sentence s, int k) {
        if (doc.mentionAt[k] >= 0) {
            return doc.mentionAt[k];
        }
        int j = k;
        while (j < Math.min(s.endToken(), k + 4) && doc.mentionAt[j] < 0 && doc.token(j).script() == Script.LATIN
                && !Grammar.isPreposition(doc.token(j)) && !Grammar.isComma(doc.token(j))) {
            j++;
        }
        int noun = j - 1;
        if (j < s.endToken() && Grammar.isComma(doc.token(j))) {
            j++; // "startup, Kuvio,": the name apposed to its description
        }
        boolean described = noun >= k && RoleEmployers.COMPANY_NOUNS.contains(doc.token(noun).norm());
        return described && j < s.endToken() && doc.mentionAt[j] >= 0 ? doc.mentionAt[j] : -1;
    }

    /**
     * «أعلنت شركة تكنولوجيا هندية، …، أمس أنها جمعت …. وقالت شركة X …», "An Indian tech firm said that it raised ….
     * X said …": the pronoun right before the verb stands for a company the sentence opens on unnamed, a wire story's
     * lead, and that company is the doer of the next sentence; null otherwise.
     */
    static String describedLead(Doc doc, Sentence s, Trigger tr) {
        int before = tr.startToken() - 1;
        if (before <= s.firstToken()) {
            return null;
        }
        boolean pronoun = tr.arabic() ? PRONOUN_COMPLEMENTIZERS.contains(Clitics.withoutConjunction(doc.token(before).norm()))
                : Anaphora.PRONOUNS.contains(doc.token(before).norm()) && doc.token(before - 1).is("that");
        return pronoun && describedReporter(doc, s) ? Anaphora.nextDoer(doc, s) : null;
    }

    /** Arabic cue nouns of a company described, not named, when no name follows them: «شركة تكنولوجيا هندية». */
    private static final Set<String> DESCRIBED_CUES = WordSet.of("شركه", "مجموعه", "منصه");

    /**
     * «أعلنت شركة تكنولوجيا هندية، …، أنها جمعت …», "An Indian tech firm said that it raised …": the sentence opens on
     * a company described by its trade or country, with no name: a wire story's lead, which names it in the next
     * sentence.
     */
    private static boolean describedReporter(Doc doc, Sentence s) {
        int first = s.firstToken();
        for (int k = first; k < Math.min(s.endToken() - 1, first + 3); k++) {
            Token t = doc.token(k);
            if (doc.mentionAt[k] >= 0) {
                return false;
            }
            if (DESCRIBED_CUES.contains(Clitics.withoutConjunction(t.norm())) && doc.mentionAt[k + 1] < 0
                    && !Grammar.isQuote(doc.token(k + 1)) && !doc.token(k + 1).norm().startsWith("ال")) {
                return true;
            }
            if (k == first && (t.is("a") || t.is("an"))) {
                for (int j = k + 1; j < Math.min(s.endToken(), k + 6) && doc.mentionAt[j] < 0; j++) {
                    if (Anaphora.isNoun(doc.token(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PREPOSITIONS = WordSet.of("in", "of", "into");

    /**
     * "Element AI, in which Microsoft Ventures took a stake", "Acme, of which Beta owns 40%": an English trigger in a
     * clause opened by a preposition and "which": {antecedent, doer}, the name before the comma as the object and the
     * name right after "which" as the doer; null when the clause is not such or either name is not of its kind.
     */
    static int[] prepositionalRelative(Doc doc, Sentence s, Trigger tr, ArgumentSpec spec) {
        int which = -1;
        for (int k = tr.startToken() - 1; k > s.firstToken() && k >= tr.startToken() - 8 && !Grammar.isComma(doc.token(k)); k--) {
            if (doc.token(k).is("which")) {
                which = k;
                break;
            }
        }
        if (which - 3 < s.firstToken() || !RELATIVE_PREPOSITIONS.contains(doc.token(which - 1).norm())
                || !Grammar.isComma(doc.token(which - 2)) || which + 1 >= tr.startToken()) {
            return null;
        }
        int antecedent = doc.mentionAt[which - 3];
        int doer = doc.mentionAt[which + 1];
        if (antecedent < 0 || doer < 0 || !spec.object().contains(doc.type(antecedent)) || !spec.subject().contains(doc.type(doer))
                || doc.mention(doer).endToken() > tr.startToken()) {
            return null;
        }
        return new int[] {antecedent, doer};
    }

    /**
     * "The startup tells TechCrunch that it closed …", «وقالت الشركة إنها فازت …»: a pronoun opening a "that" clause
     * stands for the anaphor that opens the sentence as the reporter, before any name (the one told is not the doer);
     * "the company, which released X": the relative stands for the anaphor it hangs on; null when neither.
     */
    static String reporterAnaphor(Doc doc, Sentence s, Trigger tr) {
        int start = Grammar.clauseStart(doc, tr.startToken(), s);
        if (start - 2 >= s.firstToken() && RELATIVES.contains(doc.token(start).norm()) && Grammar.isComma(doc.token(start - 1))) {
            int phrase = Anaphora.phraseEndingAt(doc, start - 2, s);
            return phrase >= 0 ? Anaphora.resolve(doc, phrase) : null; // "the company, which last year released X"
        }
        // «وقالت الشركة إنها فازت بعقد»: the Arabic complementizer carries the pronoun itself, right before the verb
        // whatever opens the clause («…، أمس أنها جمعت»)
        int before = tr.startToken() - 1;
        if (tr.arabic() && before > s.firstToken() && PRONOUN_COMPLEMENTIZERS.contains(Clitics.withoutConjunction(doc.token(before).norm()))) {
            start = before;
        }
        boolean arabicPronoun = tr.arabic() && start < tr.startToken()
                && PRONOUN_COMPLEMENTIZERS.contains(Clitics.withoutConjunction(doc.token(start).norm()));
        boolean englishPronoun = start + 1 < tr.startToken() && doc.token(start).is("that")
                && Anaphora.PRONOUNS.contains(doc.token(start + 1).norm());
        if (start <= s.firstToken() || !(arabicPronoun || englishPronoun)) {
            return null;
        }
        for (int k = s.firstToken(); k < start; k++) {
            if (doc.mentionAt[k] >= 0) {
                return null;
            }
            if (Anaphora.length(doc, k, s) > 0) {
                return Anaphora.resolve(doc, k);
            }
        }
        return null;
    }

    /** Nouns naming another company by its tie to the one before "'s": "Cerner's largest rival", "Acme's parent". */
    private static final Set<String> TIES = WordSet.of("rival", "rivals", "competitor", "competitors", "peer", "peers",
            "parent", "customer", "customers", "client", "clients", "supplier", "suppliers", "partner", "partners",
            "investor", "investors", "backer", "backers", "owner", "owners", "shareholder", "shareholders", "lender",
            "lenders", "buyer", "acquirer", "successor", "predecessor");
    /** How many describing words may stand between "'s" and the tie: "Cerner's largest US rival". */
    private static final int TIE_REACH = 3;

    /** Arabic nouns naming another company by its tie to the one in their genitive: «أكبر منافسي شركة X», «مورد X». */
    private static final Set<String> ARABIC_TIES = WordSet.of("منافس", "منافسي", "منافسه", "منافسو", "منافسين", "عملاء",
            "عميل", "مورد", "موردي", "موردو", "موردين", "مالك", "مالكه", "مساهم", "مساهمي");

    /**
     * «استحوذت أوراكل على أكبر منافسي شركة سيرنر»: the Arabic name at mention {@code m} stands in the genitive of a tie
     * noun (a rival, customer, supplier, owner), so the party dealt with is not it.
     */
    static boolean arabicTied(Doc doc, Sentence s, int m) {
        int k = doc.mention(m).startToken() - 1;
        if (k >= s.firstToken() && doc.mentionAt[k] < 0 && Grammar.isArabicOrgCue(doc.token(k))) {
            k--; // «منافسي شركة X»
        }
        return k >= s.firstToken() && doc.mentionAt[k] < 0 && Grammar.anyReading(ARABIC_TIES, doc.token(k));
    }

    /** Participles that make a name before them describe the company after: "Nasdaq-listed Kelvo", "SoftBank-backed Kelvo". */
    private static final Set<String> DESCRIBING_PARTICIPLES = WordSet.of("listed", "quoted", "traded", "based", "backed",
            "owned", "controlled", "funded", "headquartered", "registered");

    /**
     * "Nasdaq-listed Kelvo", "FTSE 100-listed Aveva": the name at mention {@code m} only describes what follows it
     * through a hyphened participle; the token after the participle (where the company described is named), or -1 when
     * the name is no such describer.
     */
    static int afterParticiple(Doc doc, Sentence s, int m) {
        int k = doc.mention(m).endToken();
        if (k < s.endToken() && doc.token(k).script() == Script.NUMBER) {
            k++; // "FTSE 100-listed"
        }
        return k + 1 < s.endToken() && doc.token(k).is("-") && DESCRIBING_PARTICIPLES.contains(doc.token(k + 1).norm())
                ? k + 2 : -1;
    }

    /** Nouns a tie word describes when it is an adjective: "Unilever's rival bid". */
    private static final Set<String> TIE_ADJECTIVE_HEADS = WordSet.of("bid", "bids", "offer", "offers", "deal", "proposal",
            "approach", "takeover", "product", "products", "platform", "service", "app");

    /**
     * "Oracle bought Cerner's largest competitor", "Acme's parent agreed to buy X": the name at mention {@code m} only
     * says whose rival or parent the party is; the token after the tie word (where the party's own name may stand:
     * "Cerner's main rival Epicor"), or -1 when the name is no such possessor.
     */
    static int afterTie(Doc doc, Sentence s, int m) {
        int k = doc.mention(m).endToken();
        if (k >= s.endToken() || !doc.token(k).is("'s")) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(s.endToken(), k + 2 + TIE_REACH); j++) {
            Token t = doc.token(j);
            if (TIES.contains(t.norm())) {
                return j + 1 < s.endToken() && TIE_ADJECTIVE_HEADS.contains(doc.token(j + 1).norm()) ? -1 : j + 1;
            }
            if (doc.mentionAt[j] >= 0 || !t.isWord() || Grammar.isPreposition(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "won contracts from China's three major operators": the party after the marker at {@code k} is told only by the
     * place it belongs to, and has no name ("from China's Huawei" names one).
     */
    static boolean ownedByPlace(Doc doc, int k, int end) {
        int m = k < end ? doc.mentionAt[k] : -1;
        if (m < 0 || doc.type(m) != EntityType.LOCATION) {
            return false;
        }
        int j = doc.mention(m).endToken();
        if (j >= end || !doc.token(j).is("'s")) {
            return false;
        }
        for (j++; j < end && doc.token(j).isWord(); j++) {
            if (doc.mentionAt[j] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** How many small words may stand between a company's anaphor and the deed it does: "would soon buy". */
    private static final int ANAPHOR_VERB_REACH = 4;

    /**
     * "Jane Roe, chief executive of Acme, said the company would buy X", "Acme's CEO Jane Roe says it will invest": a
     * person who speaks, then a company's anaphor or "it" as the doer of the deed: the company acts, not its speaker. The
     * company is the last one named before the verb of speaking (the one the speaker speaks for), else the one the anaphor
     * stands for; null when the deed's doer is not such an anaphor.
     */
    static String companySpokenFor(Doc doc, Sentence s, Trigger tr, int speaker) {
        if (tr.arabic() || doc.type(speaker) != EntityType.PERSON) {
            return null;
        }
        int verb = doc.mention(speaker).endToken();
        while (verb < tr.startToken() && !Movers.SPEECH_VERBS.contains(doc.token(verb).norm())) {
            verb++;
        }
        if (verb + 1 >= tr.startToken()) {
            return null;
        }
        int a = doc.token(verb + 1).is("that") ? verb + 2 : verb + 1;
        if (a >= tr.startToken()) {
            return null;
        }
        int length = Anaphora.PRONOUNS.contains(doc.token(a).norm()) ? 1 : Anaphora.length(doc, a, s);
        if (length == 0 || doc.mentionAt[a] >= 0 || !smallWordsOnly(doc, a + length, tr.startToken())) {
            return null;
        }
        List<Integer> named = doc.mentionsIn(s.firstToken(), verb);
        for (int k = named.size() - 1; k >= 0; k--) {
            if (doc.type(named.get(k)) == EntityType.ORGANIZATION) {
                return doc.id(named.get(k));
            }
        }
        return Anaphora.PRONOUNS.contains(doc.token(a).norm()) ? null : Anaphora.resolve(doc, a);
    }

    /** Only a few lower-case words, none a name or a comma, from {@code from} to {@code to}: "would", "has agreed to". */
    private static boolean smallWordsOnly(Doc doc, int from, int to) {
        if (to - from > ANAPHOR_VERB_REACH) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (doc.mentionAt[k] >= 0 || !t.isWord() || t.capitalized()) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> RECEIVE = WordSet.of("received", "receives", "receive", "receiving", "got", "secured",
            "attracted", "تلقت", "تلقي", "حصلت", "حصل", "تتلقي", "يتلقي", "جذبت");

    /**
     * "X received investment from A", "تلقت X استثمارات من A": the token index of the "from" / من naming the
     * investors when a verb of receiving stands just before the trigger; else -1.
     */
    static int received(Doc doc, Sentence s, Trigger tr) {
        boolean receiving = false;
        for (int k = Math.max(s.firstToken(), tr.startToken() - 6); k < tr.startToken(); k++) {
            receiving |= RECEIVE.contains(Clitics.withoutConjunction(doc.token(k).norm()));
        }
        if (!receiving) {
            return -1;
        }
        for (int k = tr.endToken(); k < Math.min(s.endToken(), tr.endToken() + 8); k++) {
            if (doc.token(k).is("from") || doc.token(k).is("من")) {
                return k;
            }
            if (doc.mentionAt[k] >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** «من أمثال A», «مثل A»: "the likes of", "such as" before examples. */
    static final Set<String> LIKES = WordSet.of("امثال", "مثل");
    /** Arabic nouns of investors that «مثل» may follow: «مستثمرين مثل A». */
    private static final Set<String> ARABIC_INVESTORS = WordSet.of("مستثمر", "مستثمرين", "مستثمرون", "صناديق", "شركات");

    /** «من قبل X», «من جانب X», «من طرف X»: the agent of an Arabic passive. */
    private static final Set<String> AGENT_NOUNS = WordSet.of("قبل", "جانب", "طرف");
    /**
     * How far from the trigger the offer's verb may stand: within this many words after it («عرض شراء إجباري قدمته X»),
     * within twice as many before it, where the offer is told first («عرضا قدمته شركة X للاستحواذ على Y»).
     */
    private static final int OFFER_REACH = 4;
    /** How many words of the maker's name or nationality may follow its mention before the deal's noun. */
    private static final int MAKER_TAIL = 4;
    /** Nouns of an offer, read bare: «عرض», «عرضا», «بعرض», «العروض». */
    private static final Set<String> OFFERS = WordSet.of("عرض", "عرضا", "عروض", "عروضا");
    /** «عرض شراء قدمته شركة X», «العرض الذي طرحته X»: verbs of making an offer, their doer the one who would buy. */
    private static final Set<String> OFFERED = WordSet.of("قدمته", "قدمها", "قدمه", "قدمتها", "طرحته", "طرحها", "طرحه",
            "طرحتها");
    /**
     * «تستوجب الصفقة موافقة من قبل هيئة الرقابة»: nouns of ruling on a deal, whose «من قبل» names the body ruling, not
     * the deal's doer.
     */
    private static final Set<String> RULINGS = WordSet.of("موافقه", "ترخيص", "اذن", "رفض", "اعتراض", "مراجعه",
            "تدقيق", "رقابه", "اشراف", "مصادقه");

    /**
     * «تم الاستحواذ على X من قبل Y», «الصفقة التي أبرمت من جانب Y»: the doer named after «من قبل» in the trigger's
     * clause, or -1 («من قبل» without a name after it is "before").
     */
    static int arabicAgent(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        int nominal = nominalAgent(doc, s, tr, types);
        if (nominal >= 0) {
            return nominal;
        }
        int offeredBefore = offerMadeBefore(doc, s, tr, types);
        if (offeredBefore >= 0) {
            return offeredBefore;
        }
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        for (int k = tr.endToken(); k + 2 < end; k++) {
            if (k < tr.endToken() + OFFER_REACH && doc.mentionAt[k] < 0 && OFFERED.contains(doc.token(k).norm())) {
                return namedAt(doc, k + 1, end, types);
            }
            if (doc.token(k).is("من") && AGENT_NOUNS.contains(doc.token(k + 1).norm())) {
                if (k > tr.endToken() && RULINGS.contains(Clitics.bare(doc.token(k - 1).norm()))) {
                    return -1;
                }
                return namedAt(doc, k + 2, end, types);
            }
        }
        return -1;
    }

    /**
     * «عرضا قدمته شركة X للاستحواذ على Y»: the deal the offer is made for, its doer the offer's maker right before it,
     * not the clause's subject receiving or ruling on the offer; -1 when no such maker. The verb must tell of an offer
     * («عرض شراء قدمته», «العرض الذي قدمته») and the maker's name run on to the trigger within the one clause: «وفي عرض
     * قدمته X للمستثمرين، أعلنت Y الاستحواذ على Z» is Y's deal.
     */
    private static int offerMadeBefore(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        for (int k = tr.startToken() - 1; k >= Math.max(s.firstToken(), tr.startToken() - 2 * OFFER_REACH); k--) {
            if (Grammar.isComma(doc.token(k))) {
                return -1;
            }
            if (doc.mentionAt[k] < 0 && OFFERED.contains(doc.token(k).norm())) {
                int m = offerNounBefore(doc, s, k) ? namedAt(doc, k + 1, tr.startToken(), types) : -1;
                return m >= 0 && runsOnTo(doc, doc.mention(m).endToken(), tr.startToken()) ? m : -1;
            }
        }
        return -1;
    }

    /** «عرض», «عرضا», «العرض الذي», «عرض شراء إلزامي»: the offer's noun a few words before its verb, in its clause. */
    private static boolean offerNounBefore(Doc doc, Sentence s, int verb) {
        for (int j = verb - 1; j >= Math.max(s.firstToken(), verb - 3) && !Grammar.isComma(doc.token(j)); j--) {
            if (OFFERS.contains(Clitics.bare(doc.token(j).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether only the rest of the maker's name and its nationality («للاستثمار الإماراتية», «القابضة») or quotes stand
     * between {@code from} and {@code to}, no comma and no other name.
     */
    private static boolean runsOnTo(Doc doc, int from, int to) {
        if (from > to || to - from > MAKER_TAIL) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (doc.mentionAt[j] >= 0 || Grammar.isComma(doc.token(j))) {
                return false;
            }
        }
        return true;
    }

    /** The name at {@code j}, past a company's cue and quotes before it («شركة «X»»), when of these types; else -1. */
    private static int namedAt(Doc doc, int j, int end, Set<EntityType> types) {
        while (j < end && doc.mentionAt[j] < 0 && (Grammar.isArabicOrgCue(doc.token(j)) || Grammar.isQuote(doc.token(j)))) {
            j++;
        }
        int m = j < end ? doc.mentionAt[j] : -1;
        return m >= 0 && types.contains(doc.type(m)) ? m : -1;
    }

    /**
     * «شراء X لشركة Y», «شراء أمازون لسوق»: a verbal noun whose genitive is followed by its object under «لـ» names its
     * doer first; -1 when no second name follows under «لـ».
     */
    private static int nominalAgent(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        if (!ArabicRelatives.objectNoun(doc.token(tr.startToken())) || tr.endToken() - tr.startToken() != 1) {
            return -1;
        }
        int k = Grammar.pastQuotes(doc, s, tr.endToken());
        int doer = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (doer < 0 || !types.contains(doc.type(doer)) || !Grammar.clitic(doc, doc.mention(doer)).isEmpty()) {
            return -1;
        }
        int j = Grammar.pastQuotes(doc, s, doc.mention(doer).endToken());
        if (j >= s.endToken()) {
            return -1;
        }
        String n = doc.token(j).norm();
        boolean underLam = n.equals("ل") || n.equals("لـ") || n.startsWith("ل") && Clitics.bare(n).equals("شركه");
        if (underLam && doc.mentionAt[j] < 0) {
            j = Grammar.pastQuotes(doc, s, j + 1); // «لشركة “Y”»: the preposition and the cue before the name
        } else if (!underLam && (doc.mentionAt[j] < 0 || Grammar.clitic(doc, doc.mention(doc.mentionAt[j])).indexOf('ل') < 0)) {
            return -1;
        }
        int object = j < s.endToken() ? doc.mentionAt[j] : -1;
        return object >= 0 && doc.type(object) == EntityType.ORGANIZATION ? doer : -1;
    }

    /** «الأخيرة», «الأخير»: "the latter", the name told last. */
    private static final Set<String> LATTER = WordSet.of("الاخيره", "الاخير");

    /**
     * «صفقة مع "فيمبلكوم" لتستحوذ الأخيرة على X»: an Arabic verb whose doer is "the latter" is done by the last name of
     * the doer's kind told before it in the sentence; -1 when none is.
     */
    static int latter(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        int k = Grammar.pastQuotes(doc, s, tr.endToken());
        if (!tr.arabic() || k >= s.endToken() || !LATTER.contains(doc.token(k).norm())) {
            return -1;
        }
        List<Integer> before = doc.mentionsIn(s.firstToken(), tr.startToken());
        for (int i = before.size() - 1; i >= 0; i--) {
            if (types.contains(doc.type(before.get(i))) && doc.type(before.get(i)) != EntityType.PERSON) {
                return before.get(i);
            }
        }
        return -1;
    }

    /** «المالكة لـ», «مالك»: the owner of the name after it. */
    private static final Set<String> OWNER_WORDS = WordSet.of("المالكه", "المالك", "مالكه", "مالك");
    /** {@link #owner}'s answer when the owner is told but not named («مالك جوجل»). */
    static final int UNNAMED_OWNER = -2;

    /**
     * «ألفابت المالكة لشركة جوجل للاستحواذ على X», «مالك جوجل ينهي محادثات الاستحواذ»: a name told as what an owner
     * owns is no doer; the owner is. Returns the owner's mention, {@link #UNNAMED_OWNER}, or -1 when the doer's last
     * mention before the trigger is no owned name.
     */
    static int owner(Doc doc, Sentence s, Trigger tr, String doer) {
        int m = -1;
        for (int k : doc.mentionsIn(s.firstToken(), tr.startToken())) {
            m = doc.id(k).equals(doer) ? k : m;
        }
        if (m < 0) {
            return -1;
        }
        int j = doc.mention(m).startToken() - 1;
        while (j >= s.firstToken() && doc.mentionAt[j] < 0 && Grammar.isQuote(doc.token(j))) {
            j--;
        }
        if (j >= s.firstToken() && doc.mentionAt[j] < 0 && Grammar.isArabicOrgCue(doc.token(j))) {
            j--; // «المالكة لشركة جوجل»
        }
        if (j < s.firstToken() || doc.mentionAt[j] >= 0 || !OWNER_WORDS.contains(Clitics.withoutConjunction(doc.token(j).norm()))) {
            return -1;
        }
        int k = j - 1;
        while (k >= s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isQuote(doc.token(k)) || Grammar.isComma(doc.token(k)))) {
            k--;
        }
        return k >= s.firstToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.ORGANIZATION
                ? doc.mentionAt[k] : UNNAMED_OWNER;
    }

    /** «بما في ذلك», «بما فيها»: "including", before a part of the deal just told. */
    private static final List<List<String>> INCLUDING = List.of(List.of("بما", "في", "ذلك"), List.of("بما", "فيها"),
            List.of("بما", "فيه"));

    /** Whether the Arabic trigger follows «بما في ذلك» / «بما فيها»: it tells a part of the deal told before it. */
    static boolean included(Doc doc, Sentence s, Trigger tr) {
        if (!tr.arabic()) {
            return false;
        }
        for (List<String> words : INCLUDING) {
            int from = tr.startToken() - words.size();
            boolean all = from >= s.firstToken();
            for (int k = 0; all && k < words.size(); k++) {
                all = doc.token(from + k).is(words.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The token after «الأخيرة» when it follows k, past quotes; else k. */
    static int pastLatter(Doc doc, Sentence s, int k) {
        int j = Grammar.pastQuotes(doc, s, k);
        return j < s.endToken() && LATTER.contains(doc.token(j).norm()) ? j + 1 : k;
    }

    /** «من طراز X», «طرازات X»: the name after is a model of what is bought by the unit. */
    private static final Set<String> MODEL_WORDS = WordSet.of("طراز", "طرازات", "فئه");

    /** Whether the mention is a model named after «طراز» (past quotes): «50 طائرة من طراز «إيه 320 نيو»». */
    static boolean model(Doc doc, Sentence s, int m) {
        int k = doc.mention(m).startToken() - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && Grammar.isQuote(doc.token(k))) {
            k--;
        }
        return k >= s.firstToken() && MODEL_WORDS.contains(Clitics.bare(doc.token(k).norm()));
    }

    /** "raised a very big round of financing": a raise that names its round, with or without its money. */
    static boolean namesRound(Doc doc, Sentence s, Trigger tr) {
        if (tr.endToken() - tr.startToken() > 1) {
            return true;
        }
        int reach = tr.arabic() ? 12 : 10;
        for (int k = tr.endToken(); k < Math.min(s.endToken(), tr.endToken() + reach); k++) {
            if (doc.mentionAt[k] >= 0 && tr.arabic() && k <= tr.endToken() + 1) {
                k = doc.mention(doc.mentionAt[k]).endToken() - 1; // «جمعت شركة X … تمويلات»: the doer after its verb
                continue;
            }
            if (doc.mentionAt[k] >= 0) {
                return false;
            }
            if (ROUND_WORDS.contains(Clitics.bare(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * «حصلت شركة X للأغذية على تمويل … من Y»: where an Arabic verb's words go on past the doer named right after it (its
     * cue word before the name or not), so that what follows is reached as after a verb with no doer between.
     */
    private static int afterArabicDoer(Doc doc, Trigger tr) {
        int k = tr.endToken();
        for (int at = k; tr.arabic() && at <= k + 1 && at < doc.tokens.size(); at++) {
            if (doc.mentionAt[at] >= 0) {
                return doc.mention(doc.mentionAt[at]).endToken();
            }
        }
        return k;
    }

    /** «جولة قادتها X», «تمويل قاده X»: the verb of leading with the round's pronoun, in either gender. */
    private static final Set<String> LED_IT = WordSet.of("قادها", "قادتها", "قاده", "قادته");
    /** «مستثمرين أبرزهم A وB»: "the most prominent of them" after investors opens the investors a round names. */
    private static final Set<String> FOREMOST = WordSet.of("ابرزهم", "اهمهم", "ابرزها", "اهمها");
    private static final Set<String> PLURAL_INVESTORS = WordSet.of("مستثمرين", "مستثمرون", "ممولين", "ممولون", "صناديق", "جهات");
    /** «شاركت فيها», «ساهم فيه»: a verb of taking part before the round's pronoun ({@link #IN_IT}). */
    private static final Set<String> TOOK_PART = WordSet.of("شارك", "شاركت", "ساهم", "ساهمت", "اسهم", "اسهمت");
    private static final Set<String> IN_IT = WordSet.of("فيها", "فيه");

    /**
     * Where the investors of a round are named, when token k introduces them: "led by", "joined by", "backed by",
     * "supported by", "from", "with participation from", قادها، بقيادة، بمشاركة; else -1.
     */
    static int investorsFrom(Doc doc, Sentence s, Trigger tr, int k) {
        Token t = doc.token(k);
        String n = t.norm();
        if ((Rounds.LED.contains(n) || n.equals("backed") || n.equals("joined") || n.equals("supported")) && doc.token(k + 1).is("by")
                || n.equals("participation") && doc.token(k + 1).is("from")) {
            return k + 2;
        }
        String bare = Clitics.withoutConjunction(n);
        if (LED_IT.contains(bare) || bare.equals("بقياده") || bare.equals("بمشاركه") || bare.equals("بينهم") || bare.equals("منهم")
                || FOREMOST.contains(bare) && k > s.firstToken() && PLURAL_INVESTORS.contains(doc.token(k - 1).norm())) {
            return k + 1;
        }
        if (TOOK_PART.contains(bare) && k + 2 < s.endToken() && IN_IT.contains(doc.token(k + 1).norm())) {
            return k + 2; // «جولة شاركت فيها A وB»: the round's investors
        }
        if (INVESTOR_WORDS.contains(n) && k + 1 < s.endToken()) {
            // "investors including A", "backers such as A and B", "new investors A and B"
            Token next = doc.token(k + 1);
            if (next.is("including") || next.is("like") || next.is("include")) {
                return k + 2;
            }
            if (next.is("such") && k + 2 < s.endToken() && doc.token(k + 2).is("as")) {
                return k + 3;
            }
            if (doc.mentionAt[k + 1] >= 0) {
                return k + 1;
            }
        }
        if (n.equals("from") && k >= tr.endToken() && k <= tr.endToken() + 12) {
            return k + 1;
        }
        if (n.equals("by") && k >= tr.endToken() && k <= tr.endToken() + 12 && (doc.sumEndingAt(s, k) >= 0
                || ROUND_WORDS.contains(doc.token(k - 1).norm()))) {
            return k + 1; // "a seed round of $2 million by A and B", "a round by A"
        }
        if (n.equals("من") && k >= tr.endToken() && k <= tr.endToken() + 14 && k + 2 < s.endToken()
                && LIKES.contains(doc.token(k + 1).norm())) {
            return k + 2; // «جمعت الأموال من أمثال A وB»: "the likes of" opens a list of givers, however far the verb
        }
        if (k + 2 < s.endToken() && LIKES.contains(doc.token(k + 1).norm()) && ARABIC_INVESTORS.contains(Clitics.bare(n))) {
            return k + 2; // «بمشاركة مستثمرين مثل A وB»
        }
        if (n.equals("من") && k >= tr.endToken() && k <= afterArabicDoer(doc, tr) + 8 && k + 1 < s.endToken()) {
            int from = AGENT_NOUNS.contains(doc.token(k + 1).norm()) ? k + 2 : k + 1; // «تمويل من قبل X»: X gave it
            if (investorNext(doc, s, from)) {
                return from;
            }
        }
        return -1;
    }

    /** A name at token k, or after a few words describing an investor («المستثمر الملاك X»), a cue or a quote. */
    private static boolean investorNext(Doc doc, Sentence s, int k) {
        for (int j = k; j < Math.min(s.endToken(), k + 4); j++) {
            if (doc.mentionAt[j] >= 0) {
                return true;
            }
            Token t = doc.token(j);
            if (!INVESTOR_NOUNS.contains(Clitics.bare(t.norm())) && !Grammar.isQuote(t) && !Grammar.isArabicOrgCue(t)) {
                return false;
            }
        }
        return false;
    }

    /** The name right after token {@code from}, past a description ("top VC firm Sequoia Capital"); or -1. */
    static int namedAfter(Doc doc, Sentence s, int from, Set<EntityType> types, String exclude) {
        int end = Math.min(s.endToken(), from + 7);
        int found = -1;
        for (int k = from; k < end; k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                if (types.contains(doc.type(m)) && !doc.id(m).equals(exclude)) {
                    found = m;
                    int next = doc.mention(m).endToken();
                    if (next + 1 < end && DESCRIPTORS.contains(Clitics.bare(doc.token(next).norm()))
                            && !doc.token(next).norm().startsWith("و") && doc.mentionAt[next + 1] >= 0) {
                        // «صندوق أوك وشركة ستون» lists two investors; "firm Sequoia" describes one
                        k = next; // the first name described the one after it
                        continue;
                    }
                    return m;
                }
                k = doc.mention(m).endToken() - 1;
                continue;
            }
            Token t = doc.token(k);
            if (k > from && Grammar.eachOf(doc, k, s)) {
                continue; // «بمشاركة كل من X وY»: "each of", no preposition governing a complement
            }
            if (Grammar.isComma(t) || t.is(".")
                    || (t.isWord() && Grammar.isPreposition(t) && !t.is("of") && !NameLists.LIST_OPENERS.contains(t.norm()))) {
                break;
            }
        }
        return found;
    }

    /** "contract to support the X system", "عقد لتوريد": a purpose phrase between the trigger and a name. */
    static boolean purposeBetween(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (PURPOSE.contains(t.norm())) {
                return true;
            }
            if (t.script() == Script.ARABIC && t.norm().startsWith("ل") && !t.norm().startsWith("لصالح")
                    && Clitics.readings(t.norm()).size() > 1 && !t.norm().startsWith("لل")) {
                return true;
            }
        }
        return false;
    }

    /** "الأسهم التي تملكها مجموعة A", "the shares held by A": the name after a verb of owning is the seller. */
    static boolean isSeller(Doc doc, int m) {
        int j = doc.mention(m).startToken() - 1;
        while (j >= 0 && (Grammar.isQuote(doc.token(j)) || doc.token(j).is("by")
                || DESCRIPTORS.contains(Clitics.bare(doc.token(j).norm())))) {
            j--;
        }
        return j >= 0 && OWNS.contains(doc.token(j).norm());
    }

    /** The company whose shares the seller holds: after في / in, a name or an anaphor; null when not said. */
    static String targetAfterSeller(Doc doc, Sentence s, int seller, int end, Set<EntityType> types, String buyer) {
        for (int k = doc.mention(seller).endToken(); k < Math.min(end, doc.mention(seller).endToken() + 5); k++) {
            if (doc.token(k).is("في") || doc.token(k).is("in")) {
                int m = TriggerFacts.firstAfter(doc, s, k + 1, Math.min(end, k + 5), types, buyer);
                if (m >= 0 && !doc.id(m).equals(doc.id(seller))) {
                    return doc.id(m);
                }
                for (int a = k + 1; a < Math.min(end, k + 3); a++) {
                    if (Anaphora.length(doc, a, s) > 0) {
                        String target = Anaphora.resolve(doc, a, buyer);
                        return doc.id(seller).equals(target) ? null : target;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "LifeLock jumped after Symantec agreed to acquire the company": an object anaphor inside a subordinate clause
     * points back to the doer of the main clause; null when the trigger's clause is the main one.
     */
    static String mainClauseDoer(Doc doc, Sentence s, Trigger tr, Set<EntityType> types, String exclude) {
        int start = Grammar.clauseStart(doc, tr.startToken(), s);
        if (start <= s.firstToken()) {
            return null;
        }
        int m = Grammar.firstUngoverned(doc, s, s.firstToken(), start, types, exclude);
        return m < 0 ? null : doc.id(m);
    }

    /**
     * «ويبدو أن العملاق الكوري … بعد أن أطلق هاتفه X»: the doer of the main clause named by an anaphoric phrase, which no
     * preposition governs and no name precedes, stands for the dropped doer of the clause after it; null when there is none.
     */
    static String mainClauseAnaphor(Doc doc, Sentence s, Trigger tr) {
        int start = Grammar.clauseStart(doc, tr.startToken(), s);
        int phrase = start <= s.firstToken() ? -1 : Anaphora.firstIn(doc, s, s.firstToken(), start);
        if (phrase < 0 || !doc.mentionsIn(s.firstToken(), phrase).isEmpty()
                || !Clitics.withoutConjunction(doc.token(phrase).norm()).startsWith("ال")
                || phrase > s.firstToken() && Grammar.isPreposition(doc.token(phrase - 1))) {
            return null;
        }
        return Anaphora.resolve(doc, phrase);
    }
}
