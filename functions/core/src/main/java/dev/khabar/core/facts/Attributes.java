package dev.khabar.core.facts;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.dates.DateReader;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.FactType;
import dev.khabar.core.numbers.Money;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Amount, date, status and evidence of a fact stated around a trigger. */
final class Attributes {
    private static final Set<String> FAILED = WordSet.of("فشل", "فشلت", "تعثرت", "تعثر", "failed", "collapsed", "abandoned",
            "scrapped", "blocked", "rejected", "fell");
    private static final Set<String> CALLED_OFF = WordSet.of("abandoned", "abandons", "scrapped", "terminated", "dropped",
            "ألغت", "الغت", "الغاء", "انسحبت", "تراجعت", "canceled", "cancelled", "withdrew", "blocked");
    private static final Set<String> NOT_SUCCEED = WordSet.of("تنجح", "ينجح", "تكتمل", "يكتمل", "تتم", "يتم", "result",
            "succeed", "materialize", "happen");
    private static final Set<String> ATTEMPTED = WordSet.of("حاول", "حاولت", "محاوله", "محاولات", "يسعي", "تسعي", "سعت",
            "سعي", "يعتزم", "تعتزم", "تخطط", "يخطط", "مفاوضات", "محادثات", "attempt", "attempted", "tried", "tries",
            "sought", "seeks", "bid", "talks", "possible", "potential", "proposed", "plans", "planned", "considering",
            "exploring", "approached", "offer", "عرضت", "عرض", "عرضا", "يعرض");
    private static final Set<String> LOST = WordSet.of("خساره", "خسرت", "خسر", "فقدت", "فقدان", "انهاء", "lost", "losing",
            "lose", "cancelled", "canceled", "terminated", "ended", "scrapped");
    private static final Set<FactType> DEALS = Set.of(FactType.INVESTMENT, FactType.ACQUISITION, FactType.CONTRACT,
            FactType.PARTNERSHIP, FactType.FUNDING_ROUND);
    /** Events reported as news: without a date of their own they happened when reported (the publication month). */
    private static final Set<FactType> NEWS = Set.of(FactType.EMPLOYMENT_START, FactType.EMPLOYMENT_END, FactType.LAYOFF);
    private static final Set<String> DEAL_NOUNS = WordSet.of("deal", "acquisition", "investment", "agreement", "transaction",
            "الصفقه", "الاتفاق", "الاتفاقيه", "الاستثمار", "الاستحواذ");
    /** Nouns a sentence about a product just launched opens on: "The device was introduced on Wednesday". */
    private static final Set<String> LAUNCHED_NOUNS = WordSet.of("device", "phone", "smartphone", "handset", "tablet",
            "laptop", "app", "product", "service", "model", "platform", "launch", "الجهاز", "الهاتف", "التطبيق", "المنتج",
            "الخدمه", "المنصه", "النموذج", "الاطلاق");

    private Attributes() {
    }

    static Evidence evidence(Doc doc, Sentence s) {
        return new Evidence(s.text(doc.text), s.start(), s.end());
    }

    /** The money of the trigger's phrase (after the trigger first), else of its clause; per-share prices skipped. */
    static Amount amount(Doc doc, Sentence s, int trigger) {
        return amount(doc, s, trigger, doc.money.get(s.index()));
    }

    /** The sum a round raised: as {@link #amount}, never the valuation it was made at ("at a valuation of $1bn"). */
    static Amount raised(Doc doc, Sentence s, int trigger) {
        List<Money> all = doc.money.get(s.index());
        List<Money> raised = new ArrayList<>(all.size()); // a loop, not a stream: the first document pays each lambda's class
        List<Money> once = new ArrayList<>(all.size());
        for (Money m : all) {
            if (!Rounds.valuation(doc, s, m)) {
                raised.add(m);
                if (!cumulative(doc, s, m)) {
                    once.add(m);
                }
            }
        }
        return amount(doc, s, trigger, once.isEmpty() ? raised : once);
    }

    private static final Set<String> TOTALS = WordSet.of("total", "totaling", "totalling", "اجمالي", "مجموع"); // «بمجموع»: Clitics.in strips «ب»

    /**
     * "had raised a total of $14.5m, most recently $7m in a series C", "bringing its total funding to $40m", "$20m to
     * date", "$80m in total funding", «ليصل إجمالي التمويل إلى»: all a company raised so far, not one round's sum (kept when the sentence tells no other).
     */
    private static boolean cumulative(Doc doc, Sentence s, Money m) {
        for (int k = m.startToken() - 1; k >= Math.max(s.firstToken(), m.startToken() - 4) && !Grammar.isComma(doc.token(k)); k--) {
            if (Clitics.in(TOTALS, doc.token(k).norm())) {
                return true;
            }
        }
        int after = m.endToken();
        return after + 1 < s.endToken() && (doc.token(after).is("to") && doc.token(after + 1).is("date")
                || doc.token(after).is("so") && doc.token(after + 1).is("far")
                || doc.token(after).is("in") && doc.token(after + 1).is("total")); // "$804 million in total funding"
    }

    private static Amount amount(Doc doc, Sentence s, int trigger, List<Money> all) {
        if (all.isEmpty()) {
            return null;
        }
        int fronted = doc.token(trigger).script() == Script.LATIN ? DealParties.frontedClauseEnd(doc, s) : -1;
        // "Months after it raised $5m, Lakra bought Bonto": the sum of the opening clause is not the main deal's
        int floor = fronted >= 0 && trigger > fronted ? fronted : s.firstToken();
        int from = Math.max(floor, Grammar.phraseStart(doc, trigger, s));
        int to = Grammar.phraseEnd(doc, trigger, s);
        Money best = pick(doc, all, trigger, from, to);
        if (best == null) {
            best = pick(doc, all, trigger, Math.max(floor, Grammar.clauseStart(doc, trigger, s)), Grammar.clauseEnd(doc, trigger, s));
        }
        if (best == null) {
            best = pick(doc, all, trigger, floor, s.endToken());
        }
        return best == null ? null : new Amount(best.value(), best.currency(), best.text());
    }

    private static Money pick(Doc doc, List<Money> all, int trigger, int from, int to) {
        Money before = null;
        for (Money m : all) {
            if (m.startToken() < from || m.endToken() > to || perShare(doc, m, all)) {
                continue;
            }
            if (m.startToken() >= trigger) {
                return m;
            }
            before = m;
        }
        return before;
    }

    /** The smallest ratio of a sum to a price in brackets after it that is the price of one share, not the same sum. */
    private static final BigDecimal PRICE_RATIO = BigDecimal.valueOf(1000);

    /**
     * Whether "a share" follows the sum: "$70 a share", "$70 (€60) per share"; not "$2.6 billion ($70 per share)", where
     * the share's price is the far smaller sum in brackets.
     */
    private static boolean perShare(Doc doc, Money m, List<Money> all) {
        for (int k = m.endToken(); k < Math.min(doc.tokens.size(), m.endToken() + 6); k++) {
            Token t = doc.token(k);
            if (t.is("share") || t.is("للسهم") || t.is("سهم")) {
                return true;
            }
            Money bracketed = t.is("(") ? startingAt(all, k + 1) : null;
            if (bracketed != null && bracketed.value().multiply(PRICE_RATIO).compareTo(m.value()) < 0) {
                return false;
            }
            if (t.is(".") && k > 0 && doc.token(k - 1).isWord() && doc.token(k - 1).norm().length() == 1) {
                continue; // "$157 U.S. a share": the dots of an abbreviation
            }
            if (t.is(",") || t.is("،") || t.is(".")) {
                return false;
            }
        }
        return false;
    }

    private static Money startingAt(List<Money> all, int k) {
        for (Money m : all) {
            if (m.startToken() == k) {
                return m;
            }
        }
        return null;
    }

    /**
     * The date nearest the trigger in its clause; a hire, departure or layoff without one was news when published (a
     * month named in another clause, "on sick leave since January", dates something else); for deals without one, the date of a next sentence that opens on
     * the deal ("The deal, announced in June"), else the publication month (deals are news when reported); a launch
     * takes the date of a next sentence opening on the product ("The device was introduced on Wednesday") or none.
     */
    static DateValue date(Doc doc, Sentence s, int trigger, FactType type) {
        return date(doc, s, trigger, type, Grammar.clauseStart(doc, trigger, s));
    }

    /**
     * The date of a fact told from a word on ("taking over from X on May 16", «ليحل محل X»): a date before it, of the
     * successor's start, is not the predecessor's.
     */
    static DateValue dateFrom(Doc doc, Sentence s, int word, FactType type) {
        return date(doc, s, word, type, Math.max(word, Grammar.clauseStart(doc, word, s)));
    }

    private static DateValue date(Doc doc, Sentence s, int trigger, FactType type, int from) {
        List<DateMention> inSentence = events(doc, doc.dates.get(s.index()));
        if (type != FactType.EMPLOYMENT_START) {
            inSentence = withoutSince(doc, s, inSentence);
        }
        int to = Grammar.clauseEnd(doc, trigger, s);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : inSentence) {
            int distance = d.endToken() <= trigger ? trigger - d.endToken() : d.startToken() - trigger;
            if (d.startToken() >= from && d.endToken() <= to && distance < bestDistance && !inAside(doc, s, d, trigger)
                    && !inFrontedParticiple(doc, s, d, trigger)
                    && !(type == FactType.EMPLOYMENT_START && aboutTheOneReplaced(doc, s, d, trigger))) {
                best = d;
                bestDistance = distance;
            }
        }
        if (type == FactType.EMPLOYMENT_START || type == FactType.EMPLOYMENT_END) {
            DateMention effective = effectiveDate(doc, s, inSentence, trigger, type, from);
            best = effective != null ? effective : best;
        }
        if (best != null) {
            best = finerWithin(doc, s, inSentence, best, trigger, from, to);
            DateMention day = best.value().length() == 4 ? saidOn(doc, s, inSentence, trigger) : null;
            if (day != null && day.value().length() > 4 && day.value().startsWith(best.value())) {
                best = day; // «قالت X اليوم الثلاثاء إنها سرحت 1100 موظف، وهو الخفض الثاني هذا العام»: the year frames the day
            }
        }
        DateValue following = followingYear(doc, s, from, to);
        if (following != null && (best == null || best.value().length() <= 4)) { // a day or month told in the clause stays
            return following;
        }
        if (best == null && !DEALS.contains(type) && !NEWS.contains(type)) {
            best = nearest(inSentence, trigger);
        }
        if (best == null) {
            best = reportedOn(doc, s, inSentence, trigger);
        }
        if (best != null) {
            return new DateValue(best.value(), best.text());
        }
        DateValue sameDay = sameDayAsBefore(doc, s, to);
        if (sameDay != null) {
            return sameDay;
        }
        if (NEWS.contains(type)) {
            DateMention frame = frame(doc, s, inSentence, trigger);
            frame = frame == null && type == FactType.LAYOFF ? leadFrame(doc, s, trigger) : frame;
            if (frame != null) {
                return new DateValue(frame.value(), frame.text());
            }
            return doc.published == null ? null : new DateValue(doc.published.toString().substring(0, 7), null);
        }
        if (type == FactType.PRODUCT_LAUNCH) {
            return nextOpeningOn(doc, s, LAUNCHED_NOUNS); // "… launched X. The device was introduced on Wednesday"
        }
        if (!DEALS.contains(type)) {
            return null;
        }
        DateValue told = toldBefore(doc, s);
        if (told != null) {
            return told;
        }
        DateValue next = nextOpeningOn(doc, s, DEAL_NOUNS);
        if (next != null) {
            return next;
        }
        if (doc.published != null) {
            DateValue yearEnd = yearEnd(doc, s);
            return yearEnd != null ? yearEnd : new DateValue(doc.published.toString().substring(0, 7), null);
        }
        return null;
    }

    /** Words that open a subject of its own after "and": "…, and its new prices apply effective August 1". */
    private static final Set<String> SUBJECT_OPENERS = WordSet.of("its", "his", "her", "their", "the", "a", "an", "this",
            "these", "those", "our");

    /**
     * Whether an "and" between the trigger and the date opens a clause with a subject of its own ("Acme named X chief
     * executive on Monday, and its new prices apply effective August 1"): that clause's date is not the move's.
     */
    private static boolean ownSubjectBetween(Doc doc, int trigger, DateMention d) {
        int from = Math.min(trigger, d.endToken());
        int to = Math.max(trigger, d.startToken());
        for (int k = from; k + 1 < to; k++) {
            if (doc.token(k).is("and") && SUBJECT_OPENERS.contains(doc.token(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "was named CEO on Friday, effective August 1", «وافق المجلس في 5/6 على تعيينه اعتبارا من 18/6»: a move takes
     * effect on the day told as the one it holds from, which outranks the day it was decided or announced, even past the
     * clause; the nearest such date to the trigger, or null.
     */
    private static DateMention effectiveDate(Doc doc, Sentence s, List<DateMention> dates, int trigger, FactType type, int from) {
        DateMention found = null;
        int foundDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int distance = Math.abs(d.startToken() - trigger);
            if (d.startToken() >= from && distance < foundDistance && DateReader.effective(doc.tokens, d, s.firstToken())
                    && !inAside(doc, s, d, trigger) && !ownSubjectBetween(doc, trigger, d) && !(type == FactType.EMPLOYMENT_START && aboutTheOneReplaced(doc, s, d, trigger))) {
                found = d;
                foundDistance = distance;
            }
        }
        return found;
    }

    /**
     * «أوضحت نتائجه خلال الربع الأول من العام الحالي استثمار 7 ملايين دولار في X خلال فبراير الماضي»: a year nearest the
     * trigger gives way to a month or day inside that year which the same clause states; the finer date tells when,
     * the coarse one frames it.
     */
    private static DateMention finerWithin(Doc doc, Sentence s, List<DateMention> dates, DateMention best, int trigger,
                                           int from, int to) {
        DateMention finer = best;
        for (DateMention d : dates) {
            if (d.startToken() >= from && d.endToken() <= to && d.value().length() > finer.value().length()
                    && d.value().startsWith(best.value()) && !inAside(doc, s, d, trigger)) {
                finer = d;
            }
        }
        return finer;
    }

    /** Words that may open a sentence before its fronted date: "In early February, …", "On Tuesday, …". */
    private static final Set<String> DATE_OPENERS = WordSet.of("in", "on", "early", "late", "mid", "-", "by");

    /**
     * "In February, X announced that it had raised …": a date fronting the sentence, set off by a comma, dates the
     * report that follows it, and so the deed the report tells.
     */
    private static boolean frontsReport(Doc doc, Sentence s, DateMention d, int trigger) {
        int k = s.firstToken();
        while (k < d.startToken() && DATE_OPENERS.contains(doc.token(k).norm())) {
            k++;
        }
        if (k != d.startToken() || d.endToken() >= trigger || !doc.token(d.endToken()).is(",")) {
            return false;
        }
        for (int j = d.endToken() + 1; j < trigger; j++) {
            if (Grammar.reports(doc.token(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X announced Sunday that it had agreed to buy Y", "CEO X today announced he is stepping down": the day a deed was
     * reported on, told beside the reporting verb outside the deed's own clause, is the deed's day.
     */
    private static DateMention reportedOn(Doc doc, Sentence s, List<DateMention> dates, int trigger) {
        DateMention found = null;
        for (DateMention d : dates) {
            if (d.endToken() > trigger) {
                break;
            }
            if (frontsReport(doc, s, d, trigger)) {
                return d;
            }
            int before = d.startToken() - 1;
            if (before >= 0 && doc.token(before).is("on")) {
                before--;
            }
            boolean after = d.endToken() < trigger && Grammar.reports(doc.token(d.endToken()));
            if (after || (before >= 0 && Grammar.reports(doc.token(before)))) {
                found = d;
            }
        }
        return found;
    }

    /** A year written, or a month said to be past ("last April", «نيسان الماضي»): nothing to move ahead. */
    private static final java.util.regex.Pattern STATED_PAST = java.util.regex.Pattern.compile(
            "[0-9٠-٩]{4}|last|previous|ماضي|منصرم|فائت|سابق");

    /**
     * "will take over on July 1" published in May: a month named without its year in a move still to come is the
     * next such month, not the last one (a month alone is otherwise read as past, news reporting the past); so is a
     * weekday alone ("from Monday") the next such day.
     */
    static DateValue ahead(Doc doc, DateValue date) {
        if (date != null && date.text() != null && doc.published != null && date.value().length() == 10
                && DateReader.weekdayOnly(date.text()) && date.value().compareTo(doc.published.toString()) < 0) {
            return new DateValue(java.time.LocalDate.parse(date.value()).plusWeeks(1).toString(), date.text());
        }
        if (date == null || date.text() == null || doc.published == null || date.value().length() < 7
                || STATED_PAST.matcher(date.text()).find() || date.value().compareTo(doc.published.toString().substring(0, 7)) >= 0
                || DateReader.namesDay(date.text())) {
            return date;
        }
        int year = Integer.parseInt(date.value().substring(0, 4));
        return new DateValue((year + 1) + date.value().substring(4), date.text());
    }

    private static final Set<String> RELATIVES = WordSet.of("which", "who", "التي", "الذي");

    /** Participles that open a sentence with a clause of their own: "Founded in 2004, X …", "Launched in May, Y …". */
    private static final Set<String> FRONTED_PARTICIPLES = WordSet.of("founded", "established", "launched", "started",
            "created", "formed", "incorporated", "headquartered", "based", "listed");

    /**
     * "Founded in London in 2004, X was acquired by Y in 2019": a date inside a participle's clause opening the sentence
     * dates the participle, not a fact told after the clause's comma.
     */
    private static boolean inFrontedParticiple(Doc doc, Sentence s, DateMention d, int trigger) {
        if (!FRONTED_PARTICIPLES.contains(doc.token(s.firstToken()).norm())) {
            return false;
        }
        for (int k = s.firstToken() + 1; k < trigger; k++) {
            if (Grammar.isComma(doc.token(k))) {
                return d.endToken() <= k;
            }
        }
        return false;
    }

    /**
     * "Ecarx, which raised $200m in February, plans a joint venture", "Kelvo, a fintech that raised $50m last year, has
     * cut": a date inside a relative clause closed before the trigger dates the aside, not the fact.
     */
    private static boolean inAside(Doc doc, Sentence s, DateMention d, int trigger) {
        if (d.endToken() > trigger) {
            return false;
        }
        boolean closed = false;
        for (int k = d.endToken(); k < trigger; k++) {
            closed |= Grammar.isComma(doc.token(k));
        }
        boolean relative = false; // "Kelvo, a fintech that raised $50 million last year, has cut": the relative after the noun
        for (int k = d.startToken() - 1; closed && k > s.firstToken(); k--) {
            if (Grammar.isComma(doc.token(k))) {
                return RELATIVES.contains(doc.token(k + 1).norm()) || relative && doc.mentionAt[k - 1] >= 0;
            }
            relative |= doc.token(k).is("that") || RELATIVES.contains(doc.token(k).norm());
        }
        return false;
    }

    /**
     * «اختارت X فلانا رئيسا تنفيذيا خلفا لعلان الذي أعلن نيته التقاعد في أغسطس»: a date in the relative clause about the
     * one replaced, after the hire, dates his own story, not the newcomer's start.
     */
    private static boolean aboutTheOneReplaced(Doc doc, Sentence s, DateMention d, int trigger) {
        for (int k = d.startToken() - 1; k > trigger; k--) {
            if (RELATIVES.contains(doc.token(k).norm())) {
                int m = doc.mentionAt[k - 1];
                return m >= 0 && doc.type(m) == EntityType.PERSON && Movers.replacedHere(doc, s, m);
            }
        }
        return false;
    }

    /**
     * «انعقدت الجمعية يوم 28 مارس … واجتمع المجلس في ذات اليوم وتم اختيار X», "On the same day, X was named": a sentence
     * undated but for "the same day" takes the day the sentences before it last told (not after publication).
     */
    private static DateValue sameDayAsBefore(Doc doc, Sentence s, int to) {
        boolean same = false;
        for (int k = s.firstToken(); k < Math.min(to, s.endToken()) && !same; k++) {
            same = DateReader.sameDay(doc.tokens, k, s.firstToken(), s.endToken()) && onTheSameDay(doc, s, k);
        }
        for (int i = s.index() - 1; same && i >= Math.max(0, s.index() - SAME_DAY_REACH); i--) {
            List<DateMention> dates = doc.dates.get(i);
            for (int j = dates.size() - 1; j >= 0; j--) {
                DateMention d = dates.get(j);
                if (d.value().length() == 10 && doc.byPublication(d.value())) {
                    return new DateValue(d.value(), d.text());
                }
            }
        }
        return null;
    }

    /** How many sentences back "the same day" may reach for its day. */
    private static final int SAME_DAY_REACH = 3;
    private static final Set<String> AFTER_SAME_DAY = WordSet.of("as", "that", "when", "and");

    /**
     * "on the same day", "that same day", «في ذات اليوم», «في اليوم نفسه»: the day as the time of the fact, not "same day
     * delivery" (a noun after "day") or «ذات اليوم» as something else's day.
     */
    private static boolean onTheSameDay(Doc doc, Sentence s, int day) {
        if (doc.token(day).is("day")) {
            boolean before = day - 3 >= s.firstToken() && doc.token(day - 2).is("the") && doc.token(day - 3).is("on")
                    || day - 2 >= s.firstToken() && doc.token(day - 2).is("that");
            boolean after = day + 1 >= s.endToken() || !doc.token(day + 1).isWord() || AFTER_SAME_DAY.contains(doc.token(day + 1).norm());
            return before && after;
        }
        int in = SAME_BEFORE_DAY.contains(Clitics.withoutConjunction(doc.token(day - 1).norm())) ? day - 2 : day - 1;
        return in >= s.firstToken() && Clitics.withoutConjunction(doc.token(in).norm()).equals("في");
    }

    private static final Set<String> SAME_BEFORE_DAY = WordSet.of("ذات", "نفس");

    private static final Set<String> THAT = WordSet.of("that", "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها");

    /**
     * «قالت X في بيان اليوم الثلاثاء إنها …», "X said on Tuesday that it …": the day the report was made, told just
     * before what it reports; or null.
     */
    private static DateMention saidOn(Doc doc, Sentence s, List<DateMention> dates, int trigger) {
        DateMention reported = reportedOn(doc, s, dates, trigger);
        if (reported != null) {
            return reported;
        }
        DateMention found = null;
        for (DateMention d : dates) {
            if (d.endToken() < trigger && THAT.contains(doc.token(d.endToken()).norm())) {
                found = d;
            }
        }
        return found;
    }

    /**
     * "had its first sales there in 2020 and hired X the following year", «ثم عادوا في العام التالي»: the year after the
     * one told last before the words, in the fact's clause; null when the clause has no such words or no year was told.
     */
    private static DateValue followingYear(Doc doc, Sentence s, int from, int to) {
        for (int k = Math.max(from, s.firstToken() + 1); k < to; k++) {
            boolean english = doc.token(k).is("year") && (doc.token(k - 1).is("following") || doc.token(k - 1).is("next")
                    && k >= s.firstToken() + 2 && doc.token(k - 2).is("the"));
            boolean arabic = doc.token(k).is("التالي") && doc.token(k - 1).norm().endsWith("العام"); // «العام», «والعام», «بالعام»
            if (english || arabic) {
                Integer year = yearToldBefore(doc, s, k - 1);
                return year == null ? null : new DateValue(String.valueOf(year + 1),
                        doc.text.substring(doc.token(k - 1).start(), doc.token(k).end()));
            }
        }
        return null;
    }

    /**
     * The year of the last date told with its year written out before token {@code k}, in its sentence or the two
     * before; or null. "On Tuesday" or "in March" tell no year of their own: a year after them would be publication's.
     */
    private static Integer yearToldBefore(Doc doc, Sentence s, int k) {
        for (int i = s.index(); i >= Math.max(0, s.index() - 2); i--) {
            List<DateMention> dates = doc.dates.get(i);
            for (int j = dates.size() - 1; j >= 0; j--) {
                DateMention d = dates.get(j);
                if ((i < s.index() || d.endToken() <= k) && d.text() != null && WRITTEN_YEAR.matcher(d.text()).find()) {
                    return Integer.valueOf(d.value().substring(0, 4));
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern WRITTEN_YEAR = java.util.regex.Pattern.compile("[0-9٠-٩]{4}");

    /** "In January, Amazon cut 18,000 jobs and IBM 3,900": a date set before the sentence's comma frames all of it. */
    private static DateMention frame(Doc doc, Sentence s, List<DateMention> dates, int trigger) {
        for (DateMention d : dates) {
            if (d.startToken() <= s.firstToken() + 6 && d.endToken() < trigger && Grammar.isComma(doc.token(d.endToken()))) {
                return d;
            }
        }
        return null;
    }

    /**
     * "Tech firms cut jobs this August, among them A, B and C. … B laid off 6,000.": a roundup's lead, naming several
     * companies and one month or day, dates the layoffs told later of a company it names, when their own sentence tells
     * none.
     */
    private static DateMention leadFrame(Doc doc, Sentence s, int trigger) {
        if (s.index() == 0 || doc.dates.get(0).size() != 1 || doc.dates.get(0).get(0).value().length() < 7) {
            return null;
        }
        Sentence lead = doc.sentences.get(0);
        if (!tellsLayoffs(doc, lead)) {
            return null; // "X agreed on 3 March to buy a stake in Y. Y cut 400 jobs": a deal's date, not the cuts'
        }
        Set<String> named = new java.util.HashSet<>();
        for (int m : doc.mentionsIn(lead.firstToken(), lead.endToken())) {
            if (doc.type(m) == EntityType.ORGANIZATION) {
                named.add(doc.id(m));
            }
        }
        if (named.size() < 2) {
            return null;
        }
        for (int m : doc.mentionsIn(Grammar.clauseStart(doc, trigger, s), trigger)) {
            if (named.contains(doc.id(m))) {
                return doc.dates.get(0).get(0);
            }
        }
        return null;
    }

    /** Whether a layoff word ("cut", "layoffs", «تسريح») opens anywhere in the sentence. */
    private static boolean tellsLayoffs(Doc doc, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Trigger t = doc.trigger(k, s.endToken());
            if (t != null && t.type() == FactType.LAYOFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It closed on $14 million through deals announced in December. … raised some $14 million, with X and Y": a sum
     * told again is the deal dated where it was first told (a date not after publication).
     */
    private static DateValue toldBefore(Doc doc, Sentence s) {
        for (Money m : doc.money.get(s.index())) {
            for (int i = 0; i < s.index(); i++) {
                List<DateMention> dates = doc.dates.get(i);
                if (dates.isEmpty() || !sameSum(doc.money.get(i), m)) {
                    continue;
                }
                for (DateMention d : events(doc, dates)) {
                    if (d.value().length() >= 7 && !since(doc, doc.sentences.get(i), d)
                            && doc.byPublication(d.value())) {
                        return new DateValue(d.value(), d.text());
                    }
                }
            }
        }
        return null;
    }

    private static boolean sameSum(List<Money> earlier, Money m) {
        for (Money e : earlier) {
            if (e.value().compareTo(m.value()) == 0 && java.util.Objects.equals(e.currency(), m.currency())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SINCE = WordSet.of("since", "منذ");

    /** The dates not told as a start ("since 2019"); the same list when none is (asked for every fact's date). */
    private static List<DateMention> withoutSince(Doc doc, Sentence s, List<DateMention> dates) {
        List<DateMention> out = null;
        for (int k = 0; k < dates.size(); k++) {
            boolean keep = !since(doc, s, dates.get(k));
            if (!keep && out == null) {
                out = new ArrayList<>(dates.subList(0, k));
            } else if (keep && out != null) {
                out.add(dates.get(k));
            }
        }
        return out == null ? dates : out;
    }

    /**
     * "on sick leave since January", «منذ كانون الثاني»: the start of a state that lasts, which dates a hire ("with
     * the company since 1982") but not a departure, layoff or deal.
     */
    private static boolean since(Doc doc, Sentence s, DateMention d) {
        for (int k = d.startToken(); k >= Math.max(s.firstToken(), d.startToken() - 2); k--) {
            if (Clitics.in(SINCE, doc.token(k).norm())) {
                return true;
            }
            if (Grammar.isComma(doc.token(k))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> TARGET_MARKERS = WordSet.of("by", "until", "through", "بحلول", "حتي");

    /** Dates that say when something happened: "by 2025", "بحلول 2030" set a target, not the event's date. */
    private static List<DateMention> events(Doc doc, List<DateMention> dates) {
        if (dates.isEmpty()) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            boolean target = false;
            for (int k = d.startToken(); k >= Math.max(0, d.startToken() - 4) && !target; k--) {
                String n = doc.token(k).norm();
                target = TARGET_MARKERS.contains(n);
                if (k < d.startToken() && !(n.equals("the") || n.equals("end") || n.equals("of") || n.equals("نهايه") || target)) {
                    break; // only "by the end of 2025" reaches back past the date's own words
                }
            }
            if (!target) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * "a massive end-of-the-year deal" reported in the last or first weeks of a year: the December just ended. Later
     * in the year "the end of the year" is still ahead, a target rather than the deal's date.
     */
    private static DateValue yearEnd(Doc doc, Sentence s) {
        int month = doc.published.getMonthValue();
        if (month != 12 && month != 1) {
            return null;
        }
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            String n = doc.token(k).norm();
            boolean english = n.equals("end") && k + 4 < s.endToken() && doc.token(k + 1).is("-")
                    && (doc.token(k + 4).is("year") || doc.token(k + 2).is("year") || (k + 6 < s.endToken() && doc.token(k + 6).is("year")));
            boolean yearDash = n.equals("year") && doc.token(k + 1).is("-") && doc.token(k + 2).is("end");
            if (english || yearDash) {
                int year = doc.published.getYear() - (month == 1 ? 1 : 0);
                return new DateValue(year + "-12", null);
            }
        }
        return null;
    }

    private static DateMention nearest(List<DateMention> dates, int token) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int distance = d.endToken() <= token ? token - d.endToken() : d.startToken() - token;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The date of the sentence after {@code s} when it opens on the thing told ("The deal, announced in June", "The device
     * was introduced on Wednesday"): a month or a day no later than publication; else null.
     */
    private static DateValue nextOpeningOn(Doc doc, Sentence s, Set<String> nouns) {
        if (s.index() + 1 >= doc.sentences.size()) {
            return null;
        }
        Sentence next = doc.sentences.get(s.index() + 1);
        List<DateMention> nextDates = doc.dates.get(next.index());
        if (!nextDates.isEmpty() && opensOn(doc, next, nouns) && nextDates.get(0).value().length() >= 7
                && doc.byPublication(nextDates.get(0).value())) {
            DateMention d = nextDates.get(0);
            return new DateValue(d.value(), d.text());
        }
        return null;
    }

    private static boolean opensOn(Doc doc, Sentence next, Set<String> nouns) {
        for (int k = next.firstToken(); k < Math.min(next.endToken(), next.firstToken() + 3); k++) {
            if (Clitics.in(nouns, doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Words opening an English deal noun phrase: "the acquisition", "its planned purchase", "Acme's deal to buy". */
    private static final Set<String> NOUN_OPENERS = WordSet.of("the", "a", "an", "its", "their", "'s", "planned",
            "proposed", "pending");
    /** Words ending the phrase a failure verb after the deal noun would be said of: "the acquisition of X, which collapsed". */
    private static final Set<String> PHRASE_ENDS = WordSet.of("that", "which", "who", "whose", "and", "but", "after",
            "before", "when", "as");

    /**
     * "The acquisition of X by Y fell through", "Y's deal to buy X collapsed", "the planned takeover was called off": an
     * English deal told by a noun (or by a verb after "deal to") that the rest of its clause says failed.
     */
    private static boolean failedAfterNoun(Doc doc, Sentence s, int trigger) {
        int before = trigger - 1;
        if (before >= s.firstToken() && doc.token(before).is("to") && before - 1 >= s.firstToken()
                && Clitics.in(DEAL_NOUNS, doc.token(before - 1).norm())) {
            before -= 2; // "deal to buy"
        }
        if (before < s.firstToken() || doc.token(trigger).script() != Script.LATIN
                || !NOUN_OPENERS.contains(doc.token(before).norm())) {
            return false;
        }
        int end = Grammar.clauseEnd(doc, trigger, s);
        for (int k = trigger + 1; k < end; k++) {
            Token t = doc.token(k);
            if (Grammar.isComma(t) || PHRASE_ENDS.contains(t.norm())) {
                return false;
            }
            boolean phrasal = k + 1 < end && (t.is("called") && doc.token(k + 1).is("off")
                    || t.is("fell") && (doc.token(k + 1).is("through") || doc.token(k + 1).is("apart")));
            if (phrasal || FAILED.contains(t.norm()) || CALLED_OFF.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /** attempted / failed for deals that did not happen; ended for a lost contract; null when it happened. */
    static String status(Doc doc, Sentence s, int trigger, FactType type) {
        if (type == FactType.CONTRACT) {
            for (int k = Grammar.phraseStart(doc, trigger, s); k < trigger; k++) {
                if (Clitics.in(LOST, doc.token(k).norm())) {
                    return "ended";
                }
            }
        }
        if (!DEALS.contains(type)) {
            return null;
        }
        boolean attempted = Clitics.in(ATTEMPTED, doc.token(trigger).norm()); // "made a bid for X": an offer is an attempt
        for (int k = Math.max(Grammar.clauseStart(doc, trigger, s), trigger - 6); k < trigger; k++) {
            attempted |= Clitics.in(ATTEMPTED, doc.token(k).norm());
            if (Clitics.in(FAILED, doc.token(k).norm()) || Clitics.in(CALLED_OFF, doc.token(k).norm())) {
                return "failed"; // "Adobe abandoned its acquisition of Figma", "ألغت صفقة الاستحواذ"
            }
        }
        if (failedAfterNoun(doc, s, trigger)) {
            return "failed";
        }
        if (!attempted) {
            return null;
        }
        for (int k = trigger; k < s.endToken(); k++) {
            String n = Clitics.withoutConjunction(doc.token(k).norm());
            if (Clitics.in(FAILED, doc.token(k).norm()) || ((n.equals("لم") || n.equals("not") || n.equals("لن")) && k + 1 < s.endToken()
                    && NOT_SUCCEED.contains(doc.token(k + 1).norm()))) {
                return "failed";
            }
        }
        return "attempted";
    }
}
