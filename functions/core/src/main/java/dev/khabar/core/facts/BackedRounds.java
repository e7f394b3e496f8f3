package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Harbor Ventures led a $7m series A round with Pax Capital", "A, B and C came back for a $9m series B round": a
 * round that is the object of an investor's verb is the round of the company the text is about (the raiser of the
 * round told last, else its lead company), and those before the verb, and after "with" or "alongside", its investors.
 */
final class BackedRounds {
    /** Verbs whose subject puts money into the round after them. */
    private static final Set<String> BACKING = WordSet.of("led", "co-led", "backed", "funded", "joined");
    /** Verbs that take the round after a preposition: "returned for", "participated in", "invested in". */
    private static final Set<String> BACKING_WITH_PREPOSITION = WordSet.of("returned", "participated", "invested");
    private static final Set<String> PREPOSITIONS = WordSet.of("for", "in");
    /** Words before a new round's sum and kind, "a $2m seed round": "the round" is one told before, whose investors Participants reads. */
    private static final Set<String> ARTICLES = WordSet.of("a", "an", "another");
    /** Words naming the round's kind before its noun: "a $7m Series A funding round", "a seed round". */
    private static final Set<String> KINDS = WordSet.of("series", "seed", "funding", "financing", "growth", "venture");
    /** The words that bring in the round's other investors after it. */
    private static final Set<String> WITH = WordSet.of("with", "alongside");
    /** How far "with" or "alongside" may follow the round: "a $3.5m seed round in 2014 alongside A". */
    private static final int WITH_REACH = 6;

    private BackedRounds() {
    }

    /** Whether the round trigger is such an object; its facts are then told here. */
    static boolean told(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int verb = tr.arabic() ? -1 : verbBefore(doc, s, tr.startToken());
        if (verb < 0 || raiserNamed(doc, s, roundEnd(doc, s, tr.startToken()))) {
            return false;
        }
        int first = -1;
        for (int m : doc.mentionsIn(s.firstToken(), verb)) {
            if (Rounds.INVESTOR_TYPES.contains(doc.type(m)) && !Grammar.governed(doc, m, s)) {
                first = m; // "In 2008, A led …", "A, the fund of B, backed …": the subject opens the sentence
                break;
            }
        }
        List<String> investors = new ArrayList<>();
        if (first >= 0) {
            investors.add(doc.id(first));
            NameLists.listAfter(doc, s, first, verb, Rounds.INVESTOR_TYPES, null, investors); // "A, B and C then returned"
        }
        Fact latest = out.latestStated(FactType.FUNDING_ROUND);
        String raiser = latest != null ? latest.subject() : doc.topic;
        if (investors.isEmpty() || raiser == null || investors.contains(raiser)) {
            return false;
        }
        othersAfter(doc, s, tr, raiser, investors);
        var date = Attributes.date(doc, s, tr.startToken(), FactType.FUNDING_ROUND);
        var evidence = Attributes.evidence(doc, s);
        out.add(FactType.FUNDING_ROUND, raiser, null, Attributes.raised(doc, s, tr.startToken()), null, date, null, null, evidence, 0.6);
        for (String investor : investors) {
            out.add(FactType.INVESTMENT, investor, raiser, null, null, date, null, null, evidence, 0.6);
        }
        return true;
    }

    /** The investor's verb before the round, past its article, sum and kind ("backed a $2.5m series A"), or -1. */
    private static int verbBefore(Doc doc, Sentence s, int round) {
        int k = round - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0) {
            int sumStart = doc.sumEndingAt(s, k + 1);
            if (sumStart >= 0) {
                k = sumStart - 1;
            } else if (ARTICLES.contains(doc.token(k).norm()) || KINDS.contains(doc.token(k).norm())
                    || doc.token(k - 1).is("series")) {
                k--;
            } else {
                break;
            }
        }
        if (k <= s.firstToken() || doc.mentionAt[k] >= 0 || !ARTICLES.contains(doc.token(k + 1).norm())) {
            return -1;
        }
        if (BACKING.contains(doc.token(k).norm())) {
            return doc.token(k - 1).is("by") || doc.token(k - 1).is("was") ? -1 : k;
        }
        return PREPOSITIONS.contains(doc.token(k).norm()) && BACKING_WITH_PREPOSITION.contains(doc.token(k - 1).norm()) ? k - 1 : -1;
    }

    /**
     * "backed a $2.5m series A round alongside B": an investor's verb whose object is a round, which {@link #told} reads;
     * its investors invest in the round's company, not in those named after it.
     */
    static boolean roundObject(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic() || !BACKING.contains(doc.token(tr.endToken() - 1).norm())) {
            return false;
        }
        int k = tr.endToken();
        while (k < s.endToken() && doc.mentionAt[k] < 0) {
            int sumEnd = doc.sumStartingAt(s, k);
            if (sumEnd >= 0) {
                k = sumEnd;
            } else if (ARTICLES.contains(doc.token(k).norm()) || KINDS.contains(doc.token(k).norm())
                    || k > tr.endToken() && doc.token(k - 1).is("series")) {
                k++;
            } else {
                break;
            }
        }
        return k < s.endToken() && k > tr.endToken() && doc.mentionAt[k] < 0 && doc.token(k).is("round") && verbBefore(doc, s, k) >= 0
                && !raiserNamed(doc, s, k + 1);
    }

    /** The token after the round noun at or after {@code k}, or the sentence's end. */
    private static int roundEnd(Doc doc, Sentence s, int k) {
        for (int j = k; j < Math.min(s.endToken(), k + WITH_REACH); j++) {
            if (doc.token(j).is("round")) {
                return j + 1;
            }
        }
        return s.endToken();
    }

    /** "led a $10m series A round in Bolt": the round's company named after it, whose round the older rules tell. */
    private static boolean raiserNamed(Doc doc, Sentence s, int k) {
        if (k + 1 >= s.endToken() || !PREPOSITIONS.contains(doc.token(k).norm()) && !doc.token(k).is("at")) {
            return false;
        }
        int m = doc.mentionAt[k + 1];
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION;
    }

    /** "with Accel Partners", "alongside A, B and C" a few words after the round: more of its investors. */
    private static void othersAfter(Doc doc, Sentence s, Trigger tr, String raiser, List<String> investors) {
        int end = Grammar.clauseEnd(doc, tr.endToken(), s);
        for (int k = tr.endToken(); k < Math.min(end, tr.endToken() + WITH_REACH); k++) {
            if (doc.mentionAt[k] >= 0) {
                return;
            }
            if (WITH.contains(doc.token(k).norm())) {
                int first = DealParties.namedAfter(doc, s, k + 1, Rounds.INVESTOR_TYPES, raiser);
                if (first >= 0) {
                    List<String> more = new ArrayList<>(List.of(doc.id(first)));
                    NameLists.listAfter(doc, s, first, s.endToken(), Rounds.INVESTOR_TYPES, raiser, more);
                    more.stream().filter(id -> !investors.contains(id)).forEach(investors::add);
                }
                return;
            }
        }
    }
}
