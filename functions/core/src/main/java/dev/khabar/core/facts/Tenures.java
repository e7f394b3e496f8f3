package dev.khabar.core.facts;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.entities.Mention;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Sentence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Tessa Quinlan had been the chief executive of Marlo Bank since 2016", "Pella Ruiz was CEO of Corvin Bank from
 * August 2016 to August 2019": a post its subject holds, told with the date it was taken (and the date it was left), is
 * a start of employment (and an end), not only a role.
 */
final class Tenures {
    /** The post's span: its start, and its end when the text gives one. */
    record Span(DateValue from, DateValue to) {
    }

    /** Words opening the date a post was taken: "since 2016", "from August 2016". */
    private static final Set<String> OPENERS = WordSet.of("since", "from");
    /** Words opening the date a post was left, after a "from" date: "to August 2019", "until 2019". */
    private static final Set<String> CLOSERS = WordSet.of("to", "until", "till", "through");
    /** Words between the subject and its title: "had been the", "has served as its", "was", ", who has been". */
    private static final Set<String> HOLDING = WordSet.of("had", "has", "have", "been", "was", "served", "as", "the", "its",
            ",", "who"); // "Kemal Aras, who has been CTO of X since 2020"
    /** Of {@link #HOLDING}, the verbs of a post held over a time: "had been", "has served", "was". */
    private static final Set<String> HELD = WordSet.of("been", "served", "was");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private Tenures() {
    }

    /**
     * The span of the post {@code r} held by the person mentioned at {@code person}, named before it as the subject of
     * "had been" or "has served as", when a "since" or "from" date follows the title in its clause; else null.
     */
    static Span of(Doc doc, Sentence s, RoleMatch r, int person) {
        Mention holder = doc.mention(person);
        if (holder.endToken() > r.startToken()) {
            return null;
        }
        boolean held = false;
        for (int k = holder.endToken(); k < r.startToken(); k++) {
            String n = doc.token(k).norm();
            if (!HOLDING.contains(n)) {
                return null; // "Jane Roe said the CEO of Acme …": the title is no predicate of hers
            }
            held |= HELD.contains(n);
        }
        if (!held) {
            return null;
        }
        int clause = Grammar.clauseEnd(doc, r.endToken() - 1, s);
        DateMention from = null;
        for (DateMention d : doc.dates.get(s.index())) {
            if (d.startToken() < r.endToken() || d.startToken() >= clause) {
                continue;
            }
            int opener = opener(doc, d);
            if (from == null && OPENERS.contains(doc.token(opener).norm())) {
                from = d;
                if (doc.token(opener).is("since")) {
                    return new Span(value(d), null);
                }
            } else if (from != null && CLOSERS.contains(doc.token(opener).norm()) && opener == from.endToken()) {
                return new Span(value(from), value(d));
            }
        }
        return from == null ? null : yearClosing(doc, from, clause);
    }

    /**
     * "from 2015 to 2018": a year alone after "to" is no date to the reader, which wants a cue before a bare year; after
     * a "from" date it closes the span. Returns the span, or null when no year closes it.
     */
    private static Span yearClosing(Doc doc, DateMention from, int clause) {
        int k = from.endToken();
        if (k + 1 >= clause || !CLOSERS.contains(doc.token(k).norm()) || !YEAR.matcher(doc.token(k + 1).surface()).matches()) {
            return null;
        }
        return new Span(value(from), new DateValue(doc.token(k + 1).surface(), doc.token(k + 1).surface()));
    }

    /** The word opening a date: its own first word when the reader kept it ("since 2016"), else the word before it. */
    private static int opener(Doc doc, DateMention d) {
        String first = doc.token(d.startToken()).norm();
        return OPENERS.contains(first) || CLOSERS.contains(first) ? d.startToken() : d.startToken() - 1;
    }

    private static DateValue value(DateMention d) {
        return new DateValue(d.value(), d.text());
    }
}
