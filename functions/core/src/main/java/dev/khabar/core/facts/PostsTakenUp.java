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
            if (!Clitics.in(TAKE, doc.token(k).norm()) || !postAfter(doc, s, k)) {
                continue;
            }
            DateMention when = dateAfter(dates, k);
            if (when == null || when.value().length() < 7) {
                continue; // "will take the post after a handover, and will assume her duties on July 1": a later verb may be dated
            }
            String person = namedTaker(doc, s, k);
            boolean all = person == null && saidOfThem(doc, s, k);
            redate(doc, s, out, person, all, new DateValue(when.value(), when.text()));
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
                if (start.type() == FactType.EMPLOYMENT_START && start.evidence() != null
                        && start.evidence().start() == left.evidence().start() && Objects.equals(start.object(), left.object())
                        && start.date() != null && start.date().text() != null && start.date().value().length() >= 7
                        && (doc.published == null || start.date().value().compareTo(doc.published.toString()) <= 0)) {
                    out.redate(left, start.date());
                    break;
                }
            }
        }
    }

    private static boolean postAfter(Doc doc, Sentence s, int verb) {
        for (int k = verb + 1; k < Math.min(s.endToken(), verb + 4); k++) {
            if (Clitics.in(POSTS, doc.token(k).norm()) || doc.token(k).is("over") && k == verb + 1) {
                return true; // "took over on May 2", "assume their roles", «يتسلم مهامه»
            }
        }
        return false;
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
    private static void redate(Doc doc, Sentence s, FactCollector out, String person, boolean all, DateValue date) {
        int from = doc.sentences.get(Math.max(0, s.index() - REACH)).start();
        List<Fact> moves = new ArrayList<>();
        int starts = 0;
        for (Fact f : out.all()) {
            boolean move = f.type() == FactType.EMPLOYMENT_START || all && f.type() == FactType.EMPLOYMENT_END;
            if (!move || f.evidence() == null || f.evidence().start() < from || f.evidence().start() >= s.start()
                    || person != null && !person.equals(f.subject())) {
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
