package dev.khabar.core.facts;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "X was named CEO, replacing Y. Both take up their new posts on 3 May", "Pike took up the post on 28 May", «على أن
 * يتسلم مهامه اعتبارا من أول يوليو»: a sentence after a move telling when the post is taken up dates the move, which
 * its own sentence told only as news. "They" take up the posts of all the moves told just before (the one replaced
 * leaves that day); a person named takes up his own.
 */
final class PostsTakenUp {
    private static final Set<String> TAKE = WordSet.of("assume", "assumes", "assumed", "assuming", "take", "takes",
            "took", "taking", "يتسلم", "تتسلم", "تسلم", "يتولي", "تتولي", "يباشر", "تباشر", "باشر", "يستلم", "تستلم", "استلم",
            "سيتسلم", "ستتسلم", "سيتولي", "ستتولي", "سيباشر", "ستباشر", "سيستلم", "ستستلم");
    private static final Set<String> POSTS = WordSet.of("role", "roles", "post", "posts", "position", "positions", "office",
            "duties", "helm", "reins", "مهامه", "مهامها", "مهامهم", "مهامهما", "منصبه", "منصبها", "مناصبهم", "منصبيهما",
            "مهام", "منصب");
    private static final Set<String> THEY = WordSet.of("they", "both");
    /** Post nouns that say whose post it is: only these let the verb alone date the one start told. */
    private static final Set<String> OWN_POSTS = WordSet.of("مهامه", "مهامها", "مهامهم", "مهامهما", "منصبه", "منصبها",
            "مناصبهم", "منصبيهما");
    private static final Set<String> POSSESSIVES = WordSet.of("his", "her", "their");
    /** Words that may stand before the verb in its clause besides the taker: pronouns, auxiliaries, adverbs. */
    private static final Set<String> BEFORE_VERB = WordSet.of("he", "she", "they", "both", "who", "will", "would", "shall",
            "is", "was", "are", "were", "to", "has", "have", "had", "also", "then", "formally", "officially", "and", "due",
            "expected", "set", "scheduled", "slated", "على", "ان", "أن", "وقد", "قد", "حيث", "الذي", "التي");
    /** After "over": "took over on May 2", "took over as chief". */
    private static final Set<String> AFTER_OVER = WordSet.of("on", "from", "in", "at", "as", "effective", "starting");
    /** How many sentences back the moves may be told: the lead of a story of several moves tells them in a row. */
    private static final int REACH = 4;

    private PostsTakenUp() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        List<DateMention> dates = doc.dates.get(s.index());
        if (dates.isEmpty() || s.index() == 0) {
            return;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int post = Clitics.in(TAKE, doc.token(k).norm()) ? postAfter(doc, s, dates, k) : -1;
            if (post < 0 || !onlyTakerBefore(doc, s, k)) {
                continue;
            }
            DateMention when = dateAfter(dates, k);
            if (when == null || when.value().length() < 7) {
                continue; // "will take the post after a handover, and will assume her duties on July 1": a later verb may be dated
            }
            String person = namedTaker(doc, s, k);
            boolean all = person == null && saidOfThem(doc, s, k);
            if (person == null && !all && !ownPost(doc, post) && !saidOfHim(doc, s, k)) {
                return; // "took positions", «يتولى مجلس الإدارة مهام الرقابة»: whose post, the verb alone does not say
            }
            redate(doc, s, out, person, all, employers(doc, s), new DateValue(when.value(), when.text()));
            return;
        }
    }

    /**
     * «تعيين X رئيسا تنفيذيا اعتبارا من 30 سبتمبر، خلفا لـY»: one replaced leaves the day the newcomer told in the same
     * sentence took up the post; a departure dated only as news takes the start's stated date. A start still to come
     * («سيصبح … اعتبارا من أول أيلول، ليحل محل Y الذي تنحى») leaves it as news: the one replaced may be gone already.
     */
    static void handedOver(Doc doc, FactCollector out) {
        for (Fact left : out.all()) {
            if (left.type() != FactType.EMPLOYMENT_END || left.evidence() == null || left.date() != null && left.date().text() != null) {
                continue;
            }
            for (Fact start : out.all()) {
                // «قدم X استقالته، حيث تسلم مهامه في يناير خلفا لـY»: the newcomer's own departure is another day
                if (start.type() == FactType.EMPLOYMENT_START && start.evidence() != null && !start.subject().equals(left.subject())
                        && start.evidence().start() == left.evidence().start() && Objects.equals(start.object(), left.object())
                        && start.date() != null && start.date().text() != null && start.date().value().length() >= 7
                        && doc.byPublication(start.date().value())) {
                    out.redate(left, start.date());
                    break;
                }
            }
        }
    }

    /** Whether a date is told from token {@code k} (a loop, not a lambda: this runs on a cold start's first document). */
    private static boolean dateAt(List<DateMention> dates, int k) {
        for (DateMention d : dates) {
            if (d.startToken() == k) {
                return true;
            }
        }
        return false;
    }

    /** The index of the post noun after the verb ("assume their roles", «يتسلم مهامه», "took over on May 2"), or -1. */
    private static int postAfter(Doc doc, Sentence s, List<DateMention> dates, int verb) {
        for (int k = verb + 1; k < Math.min(s.endToken(), verb + 4); k++) {
            if (Clitics.in(POSTS, doc.token(k).norm())) {
                return k;
            }
            if (doc.token(k).is("over") && k == verb + 1) {
                boolean next = k + 1 < s.endToken() && AFTER_OVER.contains(doc.token(k + 1).norm());
                return next || dateAt(dates, verb + 2) ? k : -1; // not "took over the market"
            }
        }
        return -1;
    }

    /** "her duties", «مهامه»: the post noun says whose post it is. */
    private static boolean ownPost(Doc doc, int post) {
        return Clitics.in(OWN_POSTS, doc.token(post).norm()) || POSSESSIVES.contains(doc.token(post - 1).norm());
    }

    /**
     * Before the verb in its clause stand only the taker (a person, a pronoun) and auxiliaries: "Rivals took over",
     * "the board took office", «يتولى مجلس الإدارة» (the subject after the verb is read by namedTaker's absence) give up.
     */
    private static boolean onlyTakerBefore(Doc doc, Sentence s, int verb) {
        for (int k = verb - 1; k >= s.firstToken(); k--) {
            String w = doc.token(k).norm();
            if (w.equals(",") || w.equals(";")) {
                return true;
            }
            int m = doc.mentionAt[k];
            if (m >= 0) {
                if (doc.type(m) != EntityType.PERSON) {
                    return false;
                }
                continue;
            }
            if (doc.token(k).isWord() && !BEFORE_VERB.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The companies the sentence names: "take the post of chair at Beta" moves to Beta only. */
    private static Set<String> employers(Doc doc, Sentence s) {
        Set<String> ids = new HashSet<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                ids.add(doc.id(m));
            }
        }
        return ids;
    }

    private static DateMention dateAfter(List<DateMention> dates, int verb) {
        for (DateMention d : dates) {
            if (d.startToken() > verb && d.startToken() <= verb + 8) {
                return d;
            }
        }
        return null;
    }

    /** The person named as the one taking up the post, just before the verb ("Ke took up"), or null. */
    private static String namedTaker(Doc doc, Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(s.firstToken(), verb - 3); k--) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                return doc.type(m) == EntityType.PERSON ? doc.id(m) : null;
            }
        }
        return null;
    }

    /** "She will take over": a pronoun taker, the one start told. */
    private static boolean saidOfHim(Doc doc, Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(s.firstToken(), verb - 3); k--) {
            if (doc.token(k).is("he") || doc.token(k).is("she")) {
                return true;
            }
        }
        return false;
    }

    /** "They will assume", "both will take up", «ويتسلمان»: the moves told before, all of them. */
    private static boolean saidOfThem(Doc doc, Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(s.firstToken(), verb - 3); k--) {
            if (THEY.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves told in the sentences just before, undated or dated only coarser, take the day the post is taken up: the
     * named person's start, or all starts and departures for "they"; for a taker the verb alone tells («يتسلم مهامه»),
     * the one start told, if only one is.
     */
    private static void redate(Doc doc, Sentence s, FactCollector out, String person, boolean all, Set<String> employers,
            DateValue date) {
        int from = doc.sentences.get(Math.max(0, s.index() - REACH)).start();
        List<Fact> moves = new ArrayList<>();
        int starts = 0;
        for (Fact f : out.all()) {
            boolean move = f.type() == FactType.EMPLOYMENT_START || all && f.type() == FactType.EMPLOYMENT_END;
            if (!move || f.evidence() == null || f.evidence().start() < from || f.evidence().start() >= s.start()
                    || person != null && !person.equals(f.subject()) || !employers.isEmpty() && !employers.contains(f.object())) {
                continue;
            }
            starts += f.type() == FactType.EMPLOYMENT_START ? 1 : 0;
            DateValue old = f.date();
            if (old == null || old.text() == null || date.value().length() > old.value().length() && date.value().startsWith(old.value())) {
                moves.add(f);
            }
        }
        if (person == null && !all && starts != 1) {
            return;
        }
        for (Fact f : moves) {
            out.redate(f, date);
        }
    }
}
