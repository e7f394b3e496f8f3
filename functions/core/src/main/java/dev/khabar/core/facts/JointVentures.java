package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «X، التي أسست كمشروع مشترك بين A و B», «تأسست X كمشروع مشترك بين A و B», «X، وهي مشروع مشترك بين A و B»: the
 * company a joint venture is named as was founded by each party the venture is between.
 */
final class JointVentures {
    /** Words between the venture's name and the venture noun that make the name the venture: a founding verb, a copula. */
    private static final Set<String> LINKS = WordSet.of("اسست", "اسس", "تاسست", "تاسس", "انشئت", "انشئ", "هي", "هو",
            "وهي", "وهو", "تعد", "تعتبر", "وتعد", "وتعتبر");
    /** Words that may stand there too, only along with a link: the relative, a year's words («تأسست X عام 2019 كمشروع»). */
    private static final Set<String> FILLERS = WordSet.of("التي", "الذي", "عام", "سنه", "في");
    private static final Set<String> PROJECT = WordSet.of("مشروع");
    private static final Set<String> JOINT = WordSet.of("مشترك");
    /** How many words may stand between the venture's name and its noun. */
    private static final int REACH = 6;

    private JointVentures() {
    }

    /** Whether the trigger is the Arabic venture noun «مشروع مشترك», with or without its article or «ك». */
    static boolean isVenture(Doc doc, Trigger tr) {
        return tr.arabic() && tr.endToken() == tr.startToken() + 2
                && Clitics.anyReadingIn(PROJECT, doc.token(tr.startToken()).norm())
                && Clitics.anyReadingIn(JOINT, doc.token(tr.startToken() + 1).norm());
    }

    /** Each party a venture noun is between founded the company named as that venture just before it. */
    static void founders(Doc doc, Sentence s, Trigger tr, List<String> parties, FactCollector out) {
        int venture = named(doc, s, tr);
        if (venture < 0) {
            return;
        }
        addFounders(doc, s, parties, doc.id(venture), Attributes.date(doc, s, tr.startToken(), FactType.FOUNDED), out);
    }

    /**
     * Each of the founders named founded the company, unless it is the company itself or the founding is told already;
     * shared with {@link ArabicFoundingContributors}.
     */
    static void addFounders(Doc doc, Sentence s, List<String> founders, String founded, DateValue date, FactCollector out) {
        for (String founder : founders) {
            if (!founder.equals(founded) && !out.has(FactType.FOUNDED, founder, founded)) {
                out.add(FactType.FOUNDED, founder, founded, null, null, date, null, null, Attributes.evidence(doc, s), 0.7);
            }
        }
    }

    /** Whether a founding verb stands right before the name (or its «شركة»): «وتأسست شركة X عام 2019 كمشروع». */
    private static boolean foundedBefore(Doc doc, Sentence s, int start) {
        for (int k = start - 1; k >= s.firstToken() && k >= start - 2; k--) {
            if (LINKS.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** A year written in four digits: «2019». */
    static boolean year(Token t) {
        String n = t.norm();
        if (n.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(n.charAt(k))) {
                return false;
            }
        }
        return true; // a loop, not a stream: this runs on a cold start's first document
    }

    /** Words that may stand between a founded company and the words after it: quotes, a nationality, a year. */
    static boolean filler(Token t) {
        return Grammar.isQuote(t) || RoleFacts.feminineNisba(t) || year(t);
    }

    /**
     * The company named right before the venture noun, past commas, quotes, its nationality, {@link #FILLERS} and at least
     * one of {@link #LINKS}, or a founding verb before the name («وقعت X في 2020 مشروعا مشتركا»: X signs, it is not the
     * venture); or -1.
     */
    private static int named(Doc doc, Sentence s, Trigger tr) {
        int words = 0;
        boolean linked = false;
        for (int k = tr.startToken() - 1; k >= s.firstToken() && words <= REACH; k--) {
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return linked || foundedBefore(doc, s, doc.mention(m).startToken()) ? m : -1;
            }
            if (Grammar.isComma(doc.token(k)) || Grammar.isQuote(doc.token(k))) {
                continue;
            }
            linked |= LINKS.contains(doc.token(k).norm());
            if (!filler(doc.token(k)) && !LINKS.contains(doc.token(k).norm()) && !FILLERS.contains(doc.token(k).norm())) {
                return -1;
            }
            if (m >= 0) {
                k = doc.mention(m).startToken(); // «الإماراتية» read as a place
            }
            words++;
        }
        return -1;
    }
}
