package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Investors named in a sentence of their own about a round told before: "A, B and C participated in the round" (or
 * "took part"),
 * "Investors including A and B also joined the round", "A, an existing investor, also participated", "Acme founders
 * A and B invested as well". Each name before the verb invests in the company that raised the latest round.
 */
final class Participants {
    private static final Set<String> VERBS = WordSet.of("participated", "participate", "participating", "joined", "invested",
            "contributed", "co-invested", "led", "co-led");
    /** "tranche": a part of a round told before, whose investors are the round's. */
    private static final Set<String> ROUND_WORDS = WordSet.of("round", "financing", "funding", "raise", "investment", "seed",
            "tranche");
    private static final Set<String> INVESTOR_NOUNS = WordSet.of("investors", "backers", "investor", "backer");
    private static final Set<String> INCLUDES = WordSet.of("included", "includes", "include", "including", "featured",
            "features");
    private static final Set<String> CLOSERS = WordSet.of("too", "as", "well", "also", ".", ",");

    private Participants() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        ledRound(doc, s, out);
        int ledClauseEnd = -1; // "A led the round, investing alongside B and C": others who put money in with the lead
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (doc.mentionAt[k] < 0 && INCLUDES.contains(doc.token(k).norm()) && (roundBefore(doc, s, k) || ledAndIncluded(doc, s, k))) {
                String raiser = latestRaiser(out);
                int first = raiser == null ? -1 : DealParties.namedAfter(doc, s, afterInvestorNoun(doc, s, k + 1),
                        Rounds.INVESTOR_TYPES, raiser);
                int described = first < 0 ? -1 : NameLists.described(doc, first, s.endToken());
                if (described >= 0 && Rounds.INVESTOR_TYPES.contains(doc.type(described))) {
                    first = described; // "including Acme founder Jane Roe"
                }
                if (first >= 0) { // "The round included new investors A and B"
                    List<String> investors = new ArrayList<>(List.of(doc.id(first)));
                    NameLists.listAfter(doc, s, first, s.endToken(), Rounds.INVESTOR_TYPES, raiser, investors);
                    investors.forEach(id -> invest(doc, s, id, raiser, out));
                }
                return;
            }
            if (doc.mentionAt[k] < 0 && participates(doc, k) && aboutTheRound(doc, s, k)) {
                String raiser = latestRaiser(out);
                if (raiser != null) {
                    investorsBefore(doc, s, k, raiser, out);
                }
                // "A led the financing, with B also participating": others may join after the lead's clause
                if (!Rounds.LED.contains(doc.token(k).norm())) {
                    return;
                }
                ledClauseEnd = Grammar.clauseEnd(doc, k, s);
            }
            if (k < ledClauseEnd && doc.mentionAt[k] < 0 && doc.token(k).is("alongside")
                    && doc.token(k - 1).norm().startsWith("invest")) {
                String raiser = latestRaiser(out);
                int first = raiser == null ? -1 : DealParties.namedAfter(doc, s, k + 1, Rounds.INVESTOR_TYPES, raiser);
                if (first >= 0) { // "A and B co-led the round, investing alongside C and D"
                    List<String> investors = new ArrayList<>(List.of(doc.id(first)));
                    NameLists.listAfter(doc, s, first, s.endToken(), Rounds.INVESTOR_TYPES, raiser, investors);
                    investors.forEach(id -> invest(doc, s, id, raiser, out));
                }
                return;
            }
        }
    }

    /**
     * «وتمت جولة الاستثمار بقيادة A بمشاركة B», "The round was led by A with participation from B": a sentence about
     * the round told before names who led it and who joined it.
     */
    private static void ledRound(Doc doc, Sentence s, FactCollector out) {
        boolean round = false;
        boolean ledBy = false;
        for (int k = s.firstToken(); k < s.endToken() - 1; k++) {
            String n = doc.token(k).norm();
            String bare = dev.khabar.core.text.Clitics.withoutConjunction(n);
            round |= doc.mentionAt[k] < 0 && (ROUND_WORDS.contains(n) || bare.equals("جوله") || bare.equals("الجوله"));
            // «بقيادة A ومشاركة B»: the ب of «بقيادة» carries over to the «مشاركة» joined to it
            boolean joinedLed = ledBy && n.equals("ومشاركه");
            ledBy |= bare.equals("بقياده");
            int from = !round ? -1 : (Rounds.LED.contains(n) || n.equals("backed")) && doc.token(k + 1).is("by") ? k + 2
                    : n.equals("participation") && doc.token(k + 1).is("from") ? k + 2
                    : bare.equals("بقياده") || bare.equals("بمشاركه") || joinedLed ? k + 1 : -1;
            String raiser = from < 0 ? null : latestRaiser(out);
            int first = raiser == null ? -1 : DealParties.namedAfter(doc, s, from, Rounds.INVESTOR_TYPES, raiser);
            if (first >= 0) {
                List<String> investors = new ArrayList<>();
                Rounds.investorList(doc, s, first, s.endToken(), raiser, investors);
                investors.forEach(id -> invest(doc, s, id, raiser, out));
            }
        }
    }

    /** Forms of "take" before "part": "also took part", "are taking part in the round". */
    private static final Set<String> TAKE = WordSet.of("took", "take", "takes", "taking", "taken");

    /** A verb of joining a round at {@code k} ("participated", "joined", "took part"), as Rounds reads it too. */
    static boolean joins(Doc doc, int k) {
        return doc.mentionAt[k] < 0 && participates(doc, k);
    }

    /** A verb of joining the round at {@code k}: "participated", "joined", or the "part" of "took part". */
    private static boolean participates(Doc doc, int k) {
        return VERBS.contains(doc.token(k).norm()) || doc.token(k).is("part") && TAKE.contains(doc.token(k - 1).norm());
    }

    /** "participated in the round", "joined the financing", or the verb ends its clause ("also participated."). */
    private static boolean aboutTheRound(Doc doc, Sentence s, int verb) {
        int end = Math.min(s.endToken(), verb + 5);
        for (var m : doc.money.get(s.index())) {
            if (m.startToken() > verb && m.startToken() < end) {
                end = Math.min(s.endToken(), end + m.endToken() - m.startToken()); // "co-led the $350m first tranche"
            }
        }
        for (int k = verb + 1; k < end; k++) {
            if (ROUND_WORDS.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return verb + 1 >= s.endToken() || CLOSERS.contains(doc.token(verb + 1).norm()) && !doc.token(verb).is("joined");
    }

    /** The raiser of the round told last, the sentence's own when it restates one told before. */
    private static String latestRaiser(FactCollector out) {
        Fact round = out.latestStated(FactType.FUNDING_ROUND);
        return round == null ? null : round.subject();
    }

    /** "included two new investors, A and B": the names start after the noun of investors and its comma. */
    private static int afterInvestorNoun(Doc doc, Sentence s, int from) {
        for (int k = from; k + 1 < Math.min(s.endToken(), from + 5) && doc.mentionAt[k] < 0; k++) {
            if (INVESTOR_NOUNS.contains(doc.token(k).norm()) && Grammar.isComma(doc.token(k + 1))) {
                return k + 2;
            }
        }
        return from;
    }

    /** "the round included", "investors, including": a round or its investors just before the verb. */
    private static boolean roundBefore(Doc doc, Sentence s, int verb) {
        for (int k = Math.max(s.firstToken(), verb - 3); k < verb; k++) {
            if (ROUND_WORDS.contains(doc.token(k).norm())
                    || (INVESTOR_NOUNS.contains(doc.token(k).norm()) && !doc.token(verb).is("includes"))) {
                return true;
            }
        }
        return false;
    }

    /** How far from the sentence's start the round noun of "The $150m second tranche was led by A and included B" may stand. */
    private static final int SUBJECT_REACH = 8;

    /** "The second tranche was led by A and included B": "and" joins the verb to one whose subject was the round. */
    private static boolean ledAndIncluded(Doc doc, Sentence s, int verb) {
        if (verb - 1 <= s.firstToken() || !doc.token(verb - 1).is("and")) {
            return false;
        }
        for (int k = s.firstToken(); k < Math.min(verb, s.firstToken() + SUBJECT_REACH) && doc.mentionAt[k] < 0; k++) {
            if (ROUND_WORDS.contains(doc.token(k).norm())) {
                return k + 2 < verb && doc.token(k + 1).is("was") && Rounds.LED.contains(doc.token(k + 2).norm());
            }
        }
        return false;
    }

    /** Names before the verb, not after a preposition other than a list opener ("including A" counts, "in A" not). */
    private static void investorsBefore(Doc doc, Sentence s, int verb, String raiser, FactCollector out) {
        for (int m : doc.mentionsIn(Grammar.clauseStart(doc, verb, s), verb)) {
            int before = doc.mention(m).startToken() - 1;
            boolean governed = before >= s.firstToken() && Grammar.isPreposition(doc.token(before))
                    && !NameLists.LIST_OPENERS.contains(doc.token(before).norm())
                    && !(doc.token(before).is("with") && doc.token(verb).is("participating")); // "with A and B participating"
            if (Rounds.INVESTOR_TYPES.contains(doc.type(m)) && !doc.id(m).equals(raiser) && !governed) {
                invest(doc, s, doc.id(m), raiser, out);
            }
        }
    }

    private static void invest(Doc doc, Sentence s, String investor, String raiser, FactCollector out) {
        if (!out.has(FactType.INVESTMENT, investor, raiser)) {
            Fact round = out.get(FactType.FUNDING_ROUND, raiser, null); // joined the round: its time is theirs
            var stated = Attributes.date(doc, s, s.firstToken(), FactType.INVESTMENT);
            // unless the sentence dates their part: "co-led the first tranche in December"
            var date = stated != null && stated.text() != null || round == null || round.date() == null ? stated : round.date();
            out.add(FactType.INVESTMENT, investor, raiser, null, null, date, null, null, Attributes.evidence(doc, s), 0.6);
        }
    }
}
