package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.numbers.Money;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Funding rounds and the investors they name: "raised $5m from A and B", "received investment from A, B and C". */
final class Rounds {
    /** Who can put money into a round: firms and funds, and people (angels). */
    static final Set<EntityType> INVESTOR_TYPES = Set.of(EntityType.ORGANIZATION, EntityType.PERSON);
    /**
     * The verb of those who lead a round; co-leaders each lead it ("co-led by A and B"); "spearheaded" and "anchored"
     * say the same of a round's first investor.
     */
    static final Set<String> LED = WordSet.of("led", "co-led", "spearheaded", "co-spearheaded", "anchored");
    /** Words saying a sum is what the company is worth, not what it raised. */
    private static final Set<String> VALUATION = WordSet.of("valuation", "valued", "valuing", "قيمتها", "قيمته", "قيمه",
            "تقييم", "تقييمها", "تقييمه");
    /** Money that is not equity: "secured a $50,000 state grant", "secured a $9 million contract", «قرض». */
    private static final Set<String> NOT_EQUITY = WordSet.of("grant", "grants", "loan", "loans", "subsidy", "contract",
            "contracts", "deal", "order", "orders", "منحه", "قرض", "قروض", "دعم", "عقد", "عقدا", "صفقه");

    private Rounds() {
    }

    /**
     * "valued at $150bn in its latest funding round", «وصلت قيمتها في أحدث جولة تمويل إلى 150 مليار دولار», "secured a
     * $50,000 state grant": the sum of the clause is a valuation or a grant, not money raised.
     */
    private static final Set<String> TOTALS = WordSet.of("in all", "in total", "to date", "so far", "حتي الان",
            "في المجموع", "في الاجمال");

    /**
     * "has raised a total of $14 million to date", "a combined $9 million since 2019": the words that make the money
     * after them a sum of rounds, unless what follows names a round or its investors ("a total of $5 million from
     * Sequoia in its seed round") and no cumulative word ("to date", "since", "in all", "so far") says it is the sum.
     */
    private static boolean totalBefore(Doc doc, Sentence s, Money m) {
        int money = m.startToken();
        boolean total = money - 3 >= s.firstToken() && doc.token(money - 3).is("a") && doc.token(money - 2).is("total")
                && doc.token(money - 1).is("of")
                || money - 2 >= s.firstToken() && doc.token(money - 2).is("a") && doc.token(money - 1).is("combined");
        if (!total) {
            return false;
        }
        boolean round = false;
        for (int k = m.endToken(); k < s.endToken(); k++) {
            String w = doc.token(k).norm();
            if (w.equals("since") || k > m.endToken() && TOTALS.contains(doc.token(k - 1).norm() + " " + w)) {
                return true;
            }
            round |= ROUND_NAMED.contains(w) && (!w.equals("from") || k + 1 < s.endToken() && doc.token(k + 1).capitalized());
        }
        return !round;
    }

    /**
     * Words after a sum that name the round it was raised in or its investors: "in a Series A round led by A"; "from"
     * only before a name ("from Sequoia", not "from its backers").
     */
    private static final Set<String> ROUND_NAMED = WordSet.of("round", "seed", "pre-seed", "series", "led", "co-led",
            "from");

    /** "at a valuation of $1bn", "valued at $2bn": money told as a worth, by a valuation word just before it. */
    static boolean valuation(Doc doc, Sentence s, Money m) {
        for (int k = Math.max(s.firstToken(), m.startToken() - 3); k < m.startToken(); k++) {
            if (VALUATION.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** Why a sum after a verb of raising is no round's: none, a worth or money that is no equity, or a sum of rounds. */
    private enum NotARaise { NONE, NOT_EQUITY, SUM_OF_ROUNDS }

    static boolean notARaise(Doc doc, Sentence s, Trigger tr) {
        return notARaiseFor(doc, s, tr) != NotARaise.NONE;
    }

    /**
     * "has raised $20 million to date from A and B": the sum is its rounds' together, no one round; those it came from
     * still invested in it.
     */
    static boolean sumOfRounds(Doc doc, Sentence s, Trigger tr) {
        return notARaiseFor(doc, s, tr) == NotARaise.SUM_OF_ROUNDS;
    }

    private static NotARaise notARaiseFor(Doc doc, Sentence s, Trigger tr) {
        int from = Grammar.clauseStart(doc, tr.startToken(), s);
        for (var m : doc.money.get(s.index())) {
            if (m.startToken() < from) {
                continue;
            }
            for (int k = from; k < m.startToken(); k++) {
                if (VALUATION.contains(doc.token(k).norm()) || VALUATION.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                    return NotARaise.NOT_EQUITY;
                }
            }
            for (int k = tr.endToken(); k < m.startToken(); k++) {
                if (NOT_EQUITY.contains(doc.token(k).norm())) {
                    return NotARaise.NOT_EQUITY; // "secured two contracts worth $5 million": the sum is the contracts'
                }
            }
            if (totalBefore(doc, s, m) && doc.money.get(s.index()).getLast() == m) {
                return NotARaise.SUM_OF_ROUNDS; // "has raised a total of $14 million": the sum of its rounds, and no round's own sum told after
            }
            for (int k = m.endToken(); k < Math.min(s.endToken(), m.endToken() + 5); k++) {
                if (k < m.endToken() + 3 && NOT_EQUITY.contains(Clitics.bare(doc.token(k).norm()))) {
                    return NotARaise.NOT_EQUITY;
                }
                if (k > m.endToken() && TOTALS.contains(doc.token(k - 1).norm() + " " + doc.token(k).norm())) {
                    return NotARaise.SUM_OF_ROUNDS; // "has raised $39 million in all", "$100 million in equity to date": the sum of its rounds
                }
            }
            return NotARaise.NONE;
        }
        return NotARaise.NONE;
    }

    /** "X received investment from A, B and C", "تلقت X استثمارات من A": A, B and C invest in X. */
    static Fact receivedFrom(Doc doc, Sentence s, Trigger tr, FactCollector out, Fact previous) {
        int m = TriggerFacts.subjectMention(doc, s, tr, Set.of(EntityType.ORGANIZATION));
        String receiver = m >= 0 ? doc.id(m) : TriggerFacts.fallbackSubject(doc, s, tr, previous);
        int first = receiver == null ? -1
                : DealParties.namedAfter(doc, s, DealParties.received(doc, s, tr) + 1, INVESTOR_TYPES, receiver);
        if (first < 0) {
            return null;
        }
        List<String> investors = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, Grammar.clauseEnd(doc, tr.startToken(), s), INVESTOR_TYPES, receiver, investors);
        for (String investor : investors) {
            out.add(FactType.INVESTMENT, investor, receiver, investors.size() == 1 ? Attributes.amount(doc, s, tr.startToken()) : null,
                    null, Attributes.date(doc, s, tr.startToken(), FactType.INVESTMENT), null, null, Attributes.evidence(doc, s), 0.7);
        }
        return out.last();
    }

    /**
     * "OYO's Series E round", "Acme's $15 million seed round": the possessor of a round noun raised it; the mention
     * index, or -1 when no possessive stands before the noun.
     */
    static int owner(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            return arabicLeader(doc, s, tr) >= 0 ? raiserAfter(doc, s, tr) : -1;
        }
        if (tr.endToken() - tr.startToken() < 2) {
            return -1; // a verb ("raised") has a doer, not a possessor
        }
        for (int k = tr.startToken() - 1; k > Math.max(s.firstToken(), tr.startToken() - 7); k--) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                break; // a name before the round is its doer or its leader: "Acme raised a round", "X led a round in Acme"
            }
            if (doc.token(k).is("'s")) {
                int m = doc.mentionAt[k - 1];
                return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
            }
            if (doc.token(k).is("its")) {
                return doerAround(doc, s, k); // "Since its seed round, …, Felt has grown"
            }
        }
        return beneficiary(doc, s, tr);
    }

    /** Nouns of an investment whose possessor puts money in («استثمار صندوق X»), read without the article and «و». */
    private static final Set<String> INVESTMENT_NOUNS = WordSet.of("استثمار", "استثمارات", "مساهمه", "مشاركه");

    /**
     * «استثمار صندوق X يأتي في إطار جولة تمويلية»: the Arabic doer found for a round is the possessor of an investment
     * noun, so it invests in the round rather than raises it.
     */
    static boolean investorInIt(Doc doc, Sentence s, int doer) {
        int before = doc.mention(doer).startToken() - 1;
        if (before > s.firstToken() && doc.mentionAt[before] < 0 && Grammar.isArabicOrgCue(doc.token(before))) {
            before--; // «استثمار صندوق X»: the cue noun the name may leave out
        }
        return before >= s.firstToken() && doc.mentionAt[before] < 0 && Grammar.anyReading(INVESTMENT_NOUNS, doc.token(before));
    }

    /** How many words may stand between "led" and the round it led: "led Acme's $45 million Series C". */
    private static final int LED_REACH = 9;

    /**
     * "Sequoia led the $45 million Series C in Acme", "X co-led Acme's round": the investor named right before "led",
     * or -1.
     */
    private static int leaderBefore(Doc doc, Sentence s, Trigger tr, String raiser) {
        if (tr.arabic()) {
            int m = arabicLeader(doc, s, tr);
            return m >= 0 && !doc.id(m).equals(raiser) ? m : -1;
        }
        for (int k = tr.startToken() - 1; k > Math.max(s.firstToken(), tr.startToken() - LED_REACH); k--) {
            if (LED.contains(doc.token(k).norm())) {
                int m = doc.mentionAt[k - 1];
                return m >= 0 && INVESTOR_TYPES.contains(doc.type(m)) && !doc.id(m).equals(raiser) ? m : -1;
            }
        }
        return -1;
    }

    /** «قادت شركة X جولة تمويلية»: the investor named between a verb of leading and the new round, or -1. */
    private static int arabicLeader(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken() - 1;
        int m = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        if (m < 0 || !INVESTOR_TYPES.contains(doc.type(m))) {
            return -1;
        }
        int before = doc.mention(m).startToken() - 1;
        if (before > s.firstToken() && doc.mentionAt[before] < 0 && Grammar.isArabicOrgCue(doc.token(before))) {
            before--; // «قادت شركة X»
        }
        return before >= s.firstToken() && ArabicRoundInvestors.LEADING.contains(Clitics.withoutConjunction(
                doc.token(before).norm())) ? m : -1;
    }

    /** How far after an Arabic round its raiser may stand, past its sum: «جولة تمويلية بقيمة 20 مليون دولار في X». */
    private static final int RAISER_REACH = 10;

    /** «… جولة تمويلية بقيمة 20 مليون دولار في شركة X»: the organization after «في», past the round's sum; or -1. */
    private static int raiserAfter(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.endToken(); k + 1 < Math.min(s.endToken(), tr.endToken() + RAISER_REACH); k++) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                return -1;
            }
            if (doc.token(k).is("في")) {
                int at = k + 1 < s.endToken() && doc.mentionAt[k + 1] < 0 && Grammar.isArabicOrgCue(doc.token(k + 1)) ? k + 2 : k + 1;
                int m = at < s.endToken() ? doc.mentionAt[at] : -1;
                return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
            }
        }
        return -1;
    }

    /**
     * "the Series B round for Acme was led by X", "led the Series C in Acme": the organization right after "for" or
     * "in" is the one raising; or -1.
     */
    private static int beneficiary(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken() < s.endToken() && doc.token(tr.endToken()).is("round") ? tr.endToken() + 1 : tr.endToken();
        boolean by = k + 1 < s.endToken() && doc.token(k).is("by");
        if (k + 1 >= s.endToken() || !doc.token(k).is("for") && !doc.token(k).is("in") && !by) {
            return -1;
        }
        int j = k + 1;
        int words = 0;
        boolean raiser = false;
        while (j < s.endToken() && words < DESCRIPTION_WORDS && doc.mentionAt[j] < 0 && isDescribingWord(doc.token(j))) {
            raiser |= RAISER_NOUNS.contains(doc.token(j).norm());
            words += doc.token(j).is("-") ? 0 : 1; // "buy-now-pay-later platform": a compound's hyphens are no words
            j++; // "a $40 million round for logistics startup Quendo"
        }
        if (by && !raiser) {
            return -1; // "a round by Sequoia": the one "by" names gave the money, unless described as the one raising it
        }
        int m = j < s.endToken() ? doc.mentionAt[j] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** Nouns describing a company that raises money, not one that gives it: "a debt round by payments platform X". */
    private static final Set<String> RAISER_NOUNS = WordSet.of("startup", "start-up", "platform", "app", "maker",
            "provider", "developer", "unicorn", "fintech");
    /** How many plain words may describe the company a round is for: "for Saudi payments startup Quendo". */
    private static final int DESCRIPTION_WORDS = 6;

    /** A word of a description before a name, or a compound's hyphen: "Saudi buy-now-pay-later platform"; no preposition. */
    private static boolean isDescribingWord(Token t) {
        return t.is("-") || t.script() == Script.LATIN && !Grammar.isPreposition(t) && !t.is("and");
    }

    /** The organization "its" stands for: the sentence's doer named before it, else the one named after it. */
    private static int doerAround(Doc doc, Sentence s, int its) {
        int after = -1;
        for (int m : doc.mentionsIn(s.firstToken(), s.endToken())) {
            if (doc.type(m) != EntityType.ORGANIZATION || Grammar.governed(doc, m, s)) {
                continue;
            }
            int end = doc.mention(m).endToken();
            if (end < s.endToken() && doc.token(end).is("'s")) {
                continue; // "Sequoia's partner": a possessor, not the doer
            }
            if (doc.mention(m).startToken() < its) {
                return m;
            }
            if (after < 0) {
                after = m;
            }
        }
        return after;
    }

    /**
     * "took a chunk of $15.5 million, led by Insight Partners", "$4m, led by X": a sum whose investors are said to lead
     * it is a round, whatever verb brought it in; the trigger spans "led by", or null.
     */
    static Trigger ledAfterMoney(Doc doc, Sentence s, int i) {
        if (!LED.contains(doc.token(i).norm()) || i + 1 >= s.endToken() || !doc.token(i + 1).is("by")) {
            return null;
        }
        int before = Grammar.isComma(doc.token(i - 1)) ? i - 1 : i;
        return doc.sumEndingAt(s, before) >= 0 ? new Trigger(FactType.FUNDING_ROUND, "act", i, i + 2, false) : null;
    }

    private static final Set<String> INDEFINITE = WordSet.of("a", "an");
    /** Words naming the kind of a round between its sum and "round": "a $90 million debt round". */
    private static final Set<String> ROUND_KINDS = WordSet.of("debt", "equity", "bridge", "growth", "extension",
            "venture", "convertible", "mezzanine");

    /**
     * "closed a $20 million round with participation from A", "a $9m round led by X": the bare noun "round" right after a
     * sum is a funding round, whatever verb brought it in; the trigger spans the sum and "round", or null.
     */
    static Trigger roundAfterMoney(Doc doc, Sentence s, int i) {
        if (!doc.token(i).is("round") || i + 1 < s.endToken() && doc.token(i + 1).is("of")) {
            return null; // "a $2 million round of golf": "round of funding" is a trigger of its own
        }
        int sumEnd = ROUND_KINDS.contains(doc.token(i - 1).norm()) ? i - 1 : i; // "a $90 million debt round"
        for (var m : doc.money.get(s.index())) {
            // "a $20 million round" brings a new one ("the $20 million round" is one told before); the trigger spans the sum
            // too: a round with its size needs no other round word
            if (m.endToken() == sumEnd && m.startToken() > s.firstToken() && (INDEFINITE.contains(doc.token(m.startToken() - 1).norm())
                    || ownedSum(doc, s, m.startToken()))) {
                return new Trigger(FactType.FUNDING_ROUND, "act", m.startToken(), i + 1, false);
            }
        }
        return null;
    }

    /** How many plain words may stand between a possessor and the sum of its round: "Acme's massive $9 billion round". */
    private static final int OWNED_SUM_WORDS = 2;

    /**
     * "Acme's $40 million round", "Acme's massive $9 billion round": an organization's possessive before the sum names
     * whose round it is, as "a" does that it is a new one.
     */
    private static boolean ownedSum(Doc doc, Sentence s, int sum) {
        int k = sum - 1;
        while (k > s.firstToken() && sum - 1 - k < OWNED_SUM_WORDS && doc.mentionAt[k] < 0 && doc.token(k).isWord()
                && !doc.token(k).capitalized() && !doc.token(k).is("'s")) {
            k--;
        }
        int m = k > s.firstToken() && doc.token(k).is("'s") ? doc.mentionAt[k - 1] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION;
    }

    /**
     * "The seed round is part of a trend": a round noun with neither money in its sentence nor an owner speaks of a
     * round told before ("funding round", the older trigger, keeps its own checks).
     */
    static boolean toldBefore(Doc doc, Sentence s, Trigger tr) {
        return !tr.arabic() && tr.endToken() - tr.startToken() > 1 && !doc.token(tr.startToken()).is("funding")
                && doc.money.get(s.index()).isEmpty();
    }

    /** Words between a verb of joining and the round it joins: "participated in the latest funding round". */
    private static final Set<String> JOINED_ROUND_WORDS = WordSet.of("in", "the", "a", "this", "that", "its", "their",
            "latest", "new", "recent", "current", "same", "whole");

    /**
     * "Kovra, Halden and Orvane participated in the funding round", "B joined the new round": the round noun is what
     * those named before the verb put money into, so they are its investors (Participants), not a company raising it;
     * a possessor ("joined Acme's round") or a name between would say whose round it is and is left to the rest.
     */
    static boolean joinedByOthers(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            return false;
        }
        for (int k = tr.startToken() - 1; k >= Math.max(s.firstToken(), tr.startToken() - 5); k--) {
            if (Participants.joins(doc, k)) {
                return k > s.firstToken();
            }
            if (doc.mentionAt[k] >= 0 || !JOINED_ROUND_WORDS.contains(doc.token(k).norm())) {
                return false;
            }
        }
        return false;
    }

    /** "raised $6.5bn", "جمعت 30 مليون دولار": a raise names its money at once ("raised concerns" is no round). */
    static boolean moneyRightAfter(Doc doc, Sentence s, Trigger tr) {
        if (tr.endToken() - tr.startToken() > 1) {
            return !doc.money.get(s.index()).isEmpty(); // "funding round", "جولة تمويل"
        }
        int k = tr.arabic() ? pastSubject(doc, s, tr.endToken()) : tr.endToken();
        for (var m : doc.money.get(s.index())) {
            if (m.startToken() >= tr.endToken() && m.startToken() <= k + 4) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> VALUE_MARKERS = WordSet.of("بقيمه", "قيمتها", "قيمته", "بلغت", "بلغ", "بحجم",
            "قدرها", "worth", "totaling", "totalling", "valued");

    /** «جمعت X تمويلات جديدة … بقيمة بلغت 20 مليون دولار», "raised new funding … worth $20m": the sum the round's value names. */
    static boolean moneyNamedAsValue(Doc doc, Sentence s, Trigger tr) {
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        for (var m : doc.money.get(s.index())) {
            if (m.startToken() < tr.endToken() || m.startToken() >= end) {
                continue;
            }
            for (int k = Math.max(tr.endToken(), m.startToken() - 2); k < m.startToken(); k++) {
                if (Clitics.in(VALUE_MARKERS, doc.token(k).norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * «جمعت شركة نوفا تمويلا بقيمة …», «حصلت شركة «نوفا» على تمويل»: an Arabic verb comes first, so its subject (quoted
     * or not) stands between it and the sum.
     */
    private static int pastSubject(Doc doc, Sentence s, int k) {
        while (k < s.endToken() && doc.mentionAt[k] < 0
                && (Clitics.bare(doc.token(k).norm()).equals("شركه") || Grammar.isQuote(doc.token(k)))) {
            k++;
        }
        k = k < s.endToken() && doc.mentionAt[k] >= 0 ? doc.mention(doc.mentionAt[k]).endToken() : k;
        k = Grammar.pastQuotes(doc, s, k);
        for (int adjectives = 0; adjectives < 2 && k < s.endToken() && doc.mentionAt[k] < 0
                && doc.token(k).script() == dev.khabar.core.text.Script.ARABIC && doc.token(k).norm().startsWith("ال"); adjectives++) {
            k++; // «شركة HMD العالمية»: an adjective after a Latin name
        }
        return Grammar.afterAside(doc, s, k, 12);
    }

    private static final Set<String> TOLD = WordSet.of("this", "that", "the", "these", "those");
    private static final Set<String> SUMS = WordSet.of("capital", "money", "funds", "amount", "sum", "cash");

    /**
     * "raised this capital from A and B", "raised the money from A": a raise told before, named again only to give its
     * investors; no new round.
     */
    static boolean toldSumFrom(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        return !tr.arabic() && k + 2 < s.endToken() && TOLD.contains(doc.token(k).norm())
                && SUMS.contains(doc.token(k + 1).norm()) && doc.token(k + 2).is("from");
    }

    /**
     * The investors of "raised this capital from A and B" invest in the raiser of the last round told, when it was raised
     * (not a date of an aside: "set up last year by …, has raised this capital from"); no fact else.
     */
    static Fact investorsOfToldRound(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        Fact round = out.lastOf(FactType.FUNDING_ROUND);
        int first = round == null ? -1 : DealParties.namedAfter(doc, s, tr.endToken() + 3, INVESTOR_TYPES, round.subject());
        if (first >= 0) {
            List<String> investors = new ArrayList<>(List.of(doc.id(first)));
            NameLists.listAfter(doc, s, first, s.endToken(), INVESTOR_TYPES, round.subject(), investors);
            for (String investor : investors) {
                out.add(FactType.INVESTMENT, investor, round.subject(), null, null, round.date(), null, null,
                        Attributes.evidence(doc, s), 0.7);
            }
        }
        return null;
    }

    /**
     * "investing alongside B and C": those after "alongside" put money in with the doer (Participants); with no "in"
     * later in the clause the verb names nothing invested in.
     */
    static boolean coInvestors(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic() || tr.endToken() >= s.endToken() || !doc.token(tr.endToken()).is("alongside")) {
            return false;
        }
        int end = Grammar.clauseEnd(doc, tr.endToken(), s);
        for (int k = tr.endToken() + 1; k < end; k++) {
            if (doc.mentionAt[k] < 0 && doc.token(k).is("in")) {
                return false; // "invested alongside B in C"
            }
        }
        return true;
    }

    /** How far after the verb "from investors" may stand: past a sum and its "to date" ("raised $20 million to date from investors"). */
    private static final int REACH_OF_INVESTORS = 10;
    private static final Set<String> INVESTORS = WordSet.of("investors", "backers", "funders", "مستثمرين", "مستثمرون");

    /**
     * "raised money from investors including X", «جمعت رأس مال من مستثمرين», «جمعت الأموال من أمثال X»: investors
     * named as the givers.
     */
    static boolean fromInvestors(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.endToken() + 1; k < Math.min(s.endToken(), tr.endToken() + 15); k++) {
            if (!doc.token(k - 1).is("from") && !doc.token(k - 1).is("من")) {
                continue;
            }
            // "from investors", "from notable backers like A": the noun right after "from" or after one word describing it
            boolean investors = INVESTORS.contains(doc.token(k).norm())
                    || k + 1 < s.endToken() && doc.mentionAt[k] < 0 && INVESTORS.contains(doc.token(k + 1).norm());
            if (k < tr.endToken() + REACH_OF_INVESTORS && investors || DealParties.LIKES.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a round led by Thrive Capital", "raised $5m from A and B", "backed by X", "جولة قادها صندوق …": the investors of
     * the round invest in its raiser.
     */
    static void investorsOfRound(Doc doc, Sentence s, Trigger tr, String raiser, FactCollector out) {
        int leader = leaderBefore(doc, s, tr, raiser);
        if (leader >= 0) {
            out.add(FactType.INVESTMENT, doc.id(leader), raiser, null, null, Attributes.date(doc, s, tr.startToken(),
                    FactType.INVESTMENT), null, null, Attributes.evidence(doc, s), 0.7);
        }
        List<String> investors = new ArrayList<>();
        List<Integer> introducers = new ArrayList<>();
        int end = statementEnd(doc, s, tr.startToken());
        for (int k = tr.startToken(); k < end - 1; k++) {
            int from = DealParties.investorsFrom(doc, s, tr, k);
            int first = from < 0 ? -1 : DealParties.namedAfter(doc, s, from, INVESTOR_TYPES, raiser);
            if (first >= 0 && doc.mention(first).startToken() < end) {
                investorList(doc, s, first, end, raiser, investors);
                while (introducers.size() < investors.size()) {
                    introducers.add(k); // the word that named them, which dates them
                }
            }
        }
        // "raised $20 million from A", «جمعت 3.5 مليار دولار من A»: the one giver named gave the sum
        boolean soleGiver = leader < 0 && investors.size() == 1 && givenFrom(doc, introducers.get(0))
                && !undisclosedSum(doc, s, tr); // an undisclosed raise has no sum to give, whatever other sums the sentence names
        for (int i = 0; i < investors.size(); i++) {
            out.add(FactType.INVESTMENT, investors.get(i), raiser, soleGiver ? Attributes.raised(doc, s, tr.startToken()) : null,
                    null, Attributes.date(doc, s, introducers.get(i), FactType.INVESTMENT), null, null, Attributes.evidence(doc, s), 0.7);
        }
    }

    /** "a fund managed by X", "run by X": the words that hand a fund to the firm managing it. */
    private static final Set<String> MANAGING = WordSet.of("managed", "run", "advised");

    /**
     * The investors listed from mention {@code first} up to {@code end}, added to {@code out}. A fund is told by the
     * firm that manages it ("led by the Growth Fund of Acme Ventures and B", "from A and Orion Fund managed by Acme
     * Ventures"), which invests: the firm takes the fund's place, and the list goes on after the firm.
     */
    static void investorList(Doc doc, Sentence s, int first, int end, String raiser, List<String> out) {
        List<String> listed = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, end, INVESTOR_TYPES, raiser, listed);
        for (int k = doc.mention(first).startToken(); k < end; k++) {
            int fund = doc.mentionAt[k];
            int manager = fund < 0 || doc.mention(fund).endToken() != k + 1 || !listed.contains(doc.id(fund)) ? -1
                    : managerOf(doc, fund, end);
            if (manager < 0 || doc.id(manager).equals(raiser)) {
                continue;
            }
            int at = listed.indexOf(doc.id(fund));
            if (listed.contains(doc.id(manager))) {
                listed.remove(at);
                continue;
            }
            listed.set(at, doc.id(manager));
            NameLists.listAfter(doc, s, manager, end, INVESTOR_TYPES, raiser, listed);
        }
        for (String investor : listed) {
            if (!out.contains(investor)) {
                out.add(investor);
            }
        }
    }

    /** The organization managing the fund mention {@code fund} ("X Fund of Y", "X managed by Y"), or -1. */
    private static int managerOf(Doc doc, int fund, int end) {
        int k = doc.mention(fund).endToken();
        boolean fundNamed = doc.token(k - 1).is("fund");
        int at;
        if (fundNamed && k + 1 < end && doc.token(k).is("of")) {
            at = k + 1;
        } else if (k + 2 < end && MANAGING.contains(doc.token(k).norm()) && doc.token(k + 1).is("by")) {
            at = k + 2;
        } else {
            return -1;
        }
        int manager = doc.mentionAt[at];
        return manager >= 0 && doc.type(manager) == EntityType.ORGANIZATION && doc.mention(manager).startToken() == at
                ? manager : -1;
    }

    /**
     * Where the statement of token k ends: at the next semicolon, which in news digests parts one company's item from
     * the next ("X raises $2 mn in seed round; Y raises undisclosed amount from Z"), else at the sentence's end.
     */
    private static int statementEnd(Doc doc, Sentence s, int k) {
        for (int i = k + 1; i < s.endToken(); i++) {
            if (Grammar.isSemicolon(doc.token(i))) {
                return i;
            }
        }
        return s.endToken();
    }

    /** Nouns an undisclosed raise is told by: "raised an undisclosed amount", "an undisclosed sum of funding". */
    private static final Set<String> UNDISCLOSED_SUMS = WordSet.of("amount", "sum", "funding", "investment", "round",
            "capital", "figure");

    /**
     * "Portl raises undisclosed amount from Kalaari Capital": a raise whose size is kept back is still a round (without
     * its amount); its investors are named as for any round.
     */
    static boolean undisclosedSum(Doc doc, Sentence s, Trigger tr) {
        int end = Math.min(s.endToken() - 1, tr.endToken() + 2);
        for (int k = tr.endToken(); k <= end; k++) {
            if (doc.mentionAt[k] >= 0) {
                return false;
            }
            if (doc.token(k).is("undisclosed")) {
                return k + 1 < s.endToken() && UNDISCLOSED_SUMS.contains(doc.token(k + 1).norm());
            }
        }
        return false;
    }

    /** "from", «من» before the investors: they gave the money the verb raised. */
    private static boolean givenFrom(Doc doc, int k) {
        return doc.token(k).is("من") || doc.token(k).is("from");
    }
}
