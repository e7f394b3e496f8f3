package dev.khabar.core.dates;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds dates and resolves them against the publication date: "يونيو الماضي", "last April", "in June",
 * "في يناير 2023", "عام 2023", "September 1, 2025", "this year", "العام الماضي". A month without a year is the
 * latest such month not after publication (news reports the past) unless marked as coming (المقبل, next). Days
 * named by their weekday or as today/yesterday ("said Tuesday", «أمس الثلاثاء», «اليوم») resolve the same way, to the
 * day.
 */
public final class DateReader {
    private static final Set<String> PAST = WordSet.of("الماضي", "الماضيه", "المنصرم", "الفائت", "السابق");
    private static final Set<String> FUTURE = WordSet.of("المقبل", "القادم", "المقبله");
    private static final Set<String> MONTH_CUES = WordSet.of("في", "شهر", "منذ", "خلال", "حتي", "من", "بدايه", "نهايه",
            "مطلع", "اواخر", "اوائل", "منتصف", "الي", "بحلول", "in", "since", "during", "until", "by", "early", "late",
            "mid", "last", "next", "this", "of", "on", "from", "through", "before", "after", "between", "and",
            "end", "start");
    private static final Set<String> YEAR_CUES = WordSet.of("عام", "العام", "سنه", "السنه", "في", "منذ", "خلال", "in",
            "since", "during", "by", "until", "year", "from", "fiscal", "early", "late", "mid");

    /** "effective May 16", «اعتبارا من 13 يناير»: a date from which something holds is not before publication. */
    private static final Set<String> EFFECTIVE = WordSet.of("effective", "starting", "اعتبارا", "ابتداء", "بدءا", "اعتبار");
    private static final int ONWARD = 2;

    /**
     * "as of August 1": a state from a day on, which may be to come (a handover) or past (a balance): a month named
     * within a quarter after publication is this year's, any other read as a month alone is.
     */
    private static final int AS_OF = 3;
    private static final int AS_OF_AHEAD = 3;

    /**
     * The year an "as of" month falls in, against publication's: within a quarter ahead it is to come, across the new
     * year too (January told in November is next year's); further ahead it is one gone by.
     */
    private static int asOfYearShift(int month, int publishedMonth) {
        int ahead = (month - publishedMonth + 12) % 12;
        if (ahead <= AS_OF_AHEAD) {
            return month < publishedMonth ? 1 : 0;
        }
        return month > publishedMonth ? -1 : 0;
    }

    private static boolean asOf(List<Token> tokens, int i, int from) {
        return i - 2 >= from && tokens.get(i - 1).is("of") && tokens.get(i - 2).is("as");
    }

    /** "will step down in June", "the plant would be closing in May", «سوف»: what the clause tells is to come. */
    private static final Set<String> FUTURE_MODALS = WordSet.of("will", "would", "shall", "سوف");
    /**
     * Where a clause before a date ends, going back: its modal is another clause's ("who joined in May", "the board she
     * joined in May", "sales that rose in March").
     */
    private static final Set<String> CLAUSE_MARKS = WordSet.of(",", "،", ";", "who", "which", "that", "since", "after",
            "she", "he", "they", "it", "الذي", "التي");
    private static final int MODAL_REACH = 8;

    private static int onward(List<Token> tokens, int i, int from) {
        if (asOf(tokens, i, from)) {
            return AS_OF;
        }
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            if (EFFECTIVE.contains(Clitics.bare(tokens.get(k).norm())) || EFFECTIVE.contains(tokens.get(k).norm())) {
                return ONWARD;
            }
        }
        for (int k = i - 1; k >= Math.max(from, i - MODAL_REACH) && !CLAUSE_MARKS.contains(tokens.get(k).norm()); k--) {
            if (FUTURE_MODALS.contains(tokens.get(k).norm())
                    || k > from && tokens.get(k).is("to") && TO_COME.contains(tokens.get(k - 1).norm())
                            && (!TO_COME_IF_VERB.contains(tokens.get(k - 1).norm()) || k + 1 < i && PLANNED.contains(tokens.get(k + 1).norm()))) {
                return ONWARD;
            }
        }
        return 0;
    }

    /** "is to retire in June", "is set to leave in May", "due to close in March": a plan, as a modal tells one. */
    private static final Set<String> TO_COME = WordSet.of("is", "are", "set", "due", "scheduled", "slated", "poised");
    /**
     * "due to weak demand" is a cause and "is to" often no plan: these tell one only before a verb of a move or a deal.
     */
    private static final Set<String> TO_COME_IF_VERB = WordSet.of("is", "are", "due");
    private static final Set<String> PLANNED = WordSet.of("be", "retire", "leave", "step", "take", "join", "close", "complete",
            "start", "begin", "become", "open", "launch", "succeed", "replace", "assume", "hand", "depart", "exit", "finish",
            "end", "expire", "resign", "return", "move", "list", "debut", "ship", "go", "conclude", "cut",
            "sell", "buy", "acquire", "merge");

    private static final Set<String> FIRST_DAY = WordSet.of("اول", "غره");

    private DateReader() {
    }

    public static List<DateMention> find(String text, List<Token> tokens, int from, int to, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            DateMention d = at(text, tokens, i, from, to, published);
            if (d != null) {
                out.add(d);
                i = d.endToken() - 1;
            }
        }
        return out;
    }

    private static DateMention at(String text, List<Token> tokens, int i, int from, int to, LocalDate published) {
        Token t = tokens.get(i);
        if (t.script() == Script.NUMBER && t.norm().length() <= 2 && i + 1 < to) {
            DateMention d = dayOfMonth(text, tokens, i, i + 1, Integer.parseInt(t.norm()), from, to, published);
            if (d != null) {
                return d; // "1 September 2025", "5 يناير"
            }
            DateMention numeric = numericDate(text, tokens, i, from, to);
            if (numeric != null) {
                return numeric; // «الموافق 18/6/2012»
            }
        }
        DateMention elapsed = ElapsedDates.at(text, tokens, i, to, published);
        if (elapsed != null) {
            return elapsed; // "four years ago", «قبل عامين»
        }
        if (YEAR_DETERMINERS.contains(t.norm())) {
            return yearAsAdjective(text, tokens, i, to);
        }
        if (!t.isWord() || !dateWord(t)) {
            return null;
        }
        DateMention first = FIRST_DAY.contains(Clitics.bare(t.norm())) && i + 1 < to
                ? dayOfMonth(text, tokens, i, i + 1, 1, from, to, published) : null; // «من أول آب»: the first of the month
        if (first != null) {
            return first;
        }
        int[] ordinal = ArabicOrdinalDays.opens(t.norm()) ? ArabicOrdinalDays.at(tokens, i, from, to) : null;
        DateMention ordinalDay = ordinal != null ? dayOfMonth(text, tokens, i, ordinal[1], ordinal[0], from, to, published) : null;
        if (ordinalDay != null) {
            return ordinalDay; // «في السابع من ديسمبر»: the day as an ordinal word
        }
        if (published != null) {
            DateMention day = day(text, tokens, i, from, to, published);
            if (day != null) {
                return day;
            }
        }
        if (mayStartDate(t)) {
            int[] m = month(tokens, i, to);
            if (m != null && cued(tokens, i, from, m[1], to)) {
                Month month = Month.of(m[0]);
                int end = m[1];
                Integer day = null;
                if (end < to && tokens.get(end).script() == Script.NUMBER && tokens.get(end).norm().length() <= 2) {
                    day = Integer.parseInt(tokens.get(end).norm());
                    end++;
                    if (end < to && tokens.get(end).is(",")) {
                        end++;
                    }
                }
                int yearAt = namedYear(tokens, end, to);
                Integer year = year(tokens, yearAt, to);
                if (year != null) {
                    end = yearAt + 1;
                } else if (day != null && tokens.get(end - 1).is(",")) {
                    end--;
                }
                int direction = onward(tokens, i, from);
                int yearWords = year == null && published != null ? yearWords(tokens, end, to) : 0;
                if (yearWords > 0) {
                    year = published.getYear() + yearOffset(tokens, end, end + yearWords);
                    end += yearWords;
                }
                if (year == null && end < to && PAST.contains(tokens.get(end).norm())) {
                    direction = -1;
                    end++;
                } else if (year == null && end < to && FUTURE.contains(tokens.get(end).norm())) {
                    direction = 1;
                    end++;
                }
                int start = i;
                if (year == null && i > from && (tokens.get(i - 1).is("last") || tokens.get(i - 1).is("next"))) {
                    direction = tokens.get(i - 1).is("last") ? -1 : 1;
                    start = i - 1;
                }
                return monthDate(text, tokens, start, end, month, day == null ? 0 : day, year, direction, published);
            }
            DateMention relative = relative(text, tokens, i, to, published);
            if (relative != null) {
                return relative;
            }
            if (Clitics.in(YEAR_CUES, t.norm()) || YEAR_CUES.contains(Clitics.bare(t.norm()))) {
                Integer year = i + 1 < to ? year(tokens, i + 1, to) : null;
                if (year != null) {
                    return new DateMention(i, i + 2, String.valueOf(year), span(text, tokens, i, i + 2));
                }
            }
        }
        return null;
    }

    private static final Set<String> TODAY = WordSet.of("today", "اليوم");
    private static final Set<String> YESTERDAY = WordSet.of("yesterday", "امس", "الامس");
    /** «حتى اليوم», "until today": a state that lasts, not the day something happened. */
    private static final Set<String> UNTIL = WordSet.of("حتي", "الي", "لغايه", "until", "till");
    /** Arabic weekdays that are also common words (the two, Friday prayers, one): a day only after «يوم» and the like. */
    private static final Set<String> AMBIGUOUS_WEEKDAYS = WordSet.of("الاثنين", "الجمعه", "الاحد");
    private static final Set<String> DAY_CUES = WordSet.of("يوم", "اليوم", "امس", "مساء", "صباح", "ليله");

    /**
     * Every folded token a day word can be, with or without a leading و/ف: most words are none of them, and are let go
     * on one lookup instead of a clitic reading and three more.
     */
    private static final Set<String> DAY_TOKENS = dayTokens();

    private static Set<String> dayTokens() {
        Set<String> words = new java.util.LinkedHashSet<>(TODAY);
        words.addAll(YESTERDAY);
        words.addAll(DayNames.names());
        Set<String> tokens = new java.util.LinkedHashSet<>(words);
        for (String w : words) {
            tokens.add("و" + w);
            tokens.add("ف" + w);
        }
        return WordSet.ofDistinct(tokens);
    }

    /**
     * "said Tuesday", "last Monday", «يوم الأحد الماضي», «أمس الثلاثاء», "today": the latest such day not after
     * publication, unless marked as past (strictly before) or coming (after). A weekday followed by its date
     * ("Monday, May 4") is left to the date; one inside a capitalised name ("Black Friday") is no date.
     */
    private static DateMention day(String text, List<Token> tokens, int i, int from, int to, LocalDate published) {
        Token t = tokens.get(i);
        if (!DAY_TOKENS.contains(t.norm())) {
            return null;
        }
        boolean latin = t.script() == Script.LATIN;
        String word = latin ? t.norm() : Clitics.withoutConjunction(t.norm());
        Token before = i > from ? tokens.get(i - 1) : null;
        boolean today = TODAY.contains(word) || YESTERDAY.contains(word);
        // "Black Friday", "USA Today" are names; "CEO Jane Doe today announced" is a day
        if (latin && before != null && before.script() == Script.LATIN && before.capitalized()
                && !MONTH_CUES.contains(before.norm()) && (!today || t.capitalized())) {
            return null;
        }
        int end = i + 1;
        if (today) {
            if (before != null && Clitics.in(UNTIL, before.norm())) {
                return null;
            }
            if (!latin && sameDay(tokens, i, from, to)) {
                return null; // «في ذات اليوم»: the day last told, not today
            }
            LocalDate date = TODAY.contains(word) ? published : published.minusDays(1);
            if (!latin && !TODAY.contains(word) && end < to && tokens.get(end).is("الاول")) {
                date = published.minusDays(2); // «أمس الأول»: the day before yesterday
                end++;
            }
            if (end < to && DayNames.day(Clitics.withoutConjunction(tokens.get(end).norm())) == date.getDayOfWeek()) {
                end++; // «أمس الثلاثاء»، «اليوم الأحد»
            } else if (!latin && end < to && tokens.get(end).norm().startsWith("ال")) {
                return null; // «اليوم الوطني»: a day of another kind
            }
            return new DateMention(i, end, date.toString(), span(text, tokens, i, end));
        }
        DayOfWeek day = DayNames.day(word);
        if (day == null || (latin && !t.capitalized()) || datedAfter(tokens, end, to) || (AMBIGUOUS_WEEKDAYS.contains(word)
                && (before == null || !DAY_CUES.contains(Clitics.withoutConjunction(before.norm()))))) {
            return null;
        }
        int start = i;
        int direction = 0;
        if (before != null && (before.is("last") || before.is("next"))) {
            direction = before.is("last") ? -1 : 1;
            start = i - 1;
        } else if (before != null && before.norm().equals("يوم")) {
            start = i - 1;
        }
        if (end < to && PAST.contains(tokens.get(end).norm())) {
            direction = -1;
            end++;
        } else if (end < to && FUTURE.contains(tokens.get(end).norm())) {
            direction = 1;
            end++;
        }
        LocalDate date = published.with(direction > 0 ? TemporalAdjusters.next(day)
                : direction < 0 ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day));
        return new DateMention(start, end, date.toString(), span(text, tokens, start, end));
    }

    private static final Set<String> SAME = WordSet.of("ذات", "نفس", "ذاته", "نفسه");

    /**
     * «في ذات اليوم», «في اليوم نفسه», "on the same day": a day told before in the text, whichever it was. Whether the
     * word at i, a day, is said to be that one.
     */
    public static boolean sameDay(List<Token> tokens, int i, int from, int to) {
        Token t = tokens.get(i);
        if (t.is("day") && i > from) {
            return tokens.get(i - 1).is("same");
        }
        if (!Clitics.withoutConjunction(t.norm()).equals("اليوم")) {
            return false;
        }
        return i > from && SAME.contains(Clitics.withoutConjunction(tokens.get(i - 1).norm()))
                || i + 1 < to && SAME.contains(tokens.get(i + 1).norm());
    }

    /** Words a date from which something holds may stand after, past its marker: «اعتبارا من يوم الاثنين 28/7/1433هـ الموافق». */
    private static final Set<String> EFFECTIVE_FILLERS = WordSet.of("من", "يوم", "الموافق", "هـ", "ه", "on", "from", "the");
    private static final int EFFECTIVE_REACH = 12;

    /**
     * Whether the date is told as the one from which something holds: "effective March 1", "as of August 1", «اعتبارا
     * من 30 سبتمبر», «بدءا من سبتمبر المقبل», the marker before it past weekdays, figures and a Hijri date's equivalent.
     */
    public static boolean effective(List<Token> tokens, DateMention d, int from) {
        for (int k = d.startToken() - 1; k >= Math.max(from, d.startToken() - EFFECTIVE_REACH); k--) {
            Token t = tokens.get(k);
            String bare = Clitics.bare(t.norm());
            if (EFFECTIVE.contains(t.norm()) || EFFECTIVE.contains(bare) || asOf(tokens, k + 1, from) && k + 1 == d.startToken()) {
                return true;
            }
            boolean filler = t.script() == Script.NUMBER || t.is("/") || EFFECTIVE_FILLERS.contains(t.norm())
                    || DayNames.day(Clitics.withoutConjunction(t.norm())) != null;
            if (!filler) {
                return false;
            }
        }
        return false;
    }

    /** Whether the folded Latin or Arabic word before a month makes it a date ("in", "since", "last", «في»). */
    public static boolean monthCue(String folded) {
        return MONTH_CUES.contains(folded);
    }

    /** Whether a date's text names its day by weekday or as today/yesterday: resolved against publication already. */
    public static boolean namesDay(String dateText) {
        for (String word : TextNormalizer.normalize(dateText).split(" ")) {
            String w = Clitics.withoutConjunction(word);
            if (TODAY.contains(w) || YESTERDAY.contains(w) || DayNames.day(w) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date's text is a weekday alone ("Monday", «الاثنين»), with no day number or month that fixes its week. */
    public static boolean weekdayOnly(String dateText) {
        String[] words = TextNormalizer.normalize(dateText).split(" ");
        return words.length == 1 && DayNames.day(Clitics.withoutConjunction(words[0])) != null;
    }

    /** "Monday, May 4", «الأربعاء 08 ماي»: a day number or month name right after the weekday. */
    private static boolean datedAfter(List<Token> tokens, int i, int to) {
        if (i < to && tokens.get(i).is(",")) {
            i++;
        }
        return i < to && (tokens.get(i).script() == Script.NUMBER || monthName(tokens, i, to) != null
                || ArabicOrdinalDays.opens(tokens.get(i).norm()) && ArabicOrdinalDays.at(tokens, i, i - 1, to) != null);
    }

    /**
     * «الموافق 5/6/2012», "on 21/3/2019": a date written in figures, day first as the Arab press and most of the world
     * write it; a first figure of 12 or less is a day only beside Arabic words (the American press puts the month
     * first), unless the second is no month. Hijri years (1433هـ) fall outside the years read and give no date.
     */
    private static DateMention numericDate(String text, List<Token> tokens, int i, int from, int to) {
        if (i + 4 >= to || !tokens.get(i + 1).is("/") || !tokens.get(i + 3).is("/")
                || tokens.get(i + 2).script() != Script.NUMBER || tokens.get(i + 2).norm().length() > 2) {
            return null;
        }
        Integer year = year(tokens, i + 4, to);
        if (year == null || !Character.isDigit(tokens.get(i + 2).norm().charAt(0))
                || !Character.isDigit(tokens.get(i).norm().charAt(0))) {
            return null;
        }
        int first = Integer.parseInt(tokens.get(i).norm());
        int second = Integer.parseInt(tokens.get(i + 2).norm());
        boolean arabic = i > from && tokens.get(i - 1).script() == Script.ARABIC
                || i + 5 < to && tokens.get(i + 5).script() == Script.ARABIC;
        int day;
        int month;
        if (second > 12 && first <= 12) {
            month = first;
            day = second;
        } else if (first > 12 || arabic) {
            day = first;
            month = second;
        } else {
            return null; // "5/6/2012" in English: June 5 or May 6
        }
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return new DateMention(i, i + 5, java.time.LocalDate.of(year, month, day).toString(), span(text, tokens, i, i + 5));
    }

    /** A day at {@code i} (a number or words) and the month named at {@code monthAt}, with its year when one follows. */
    private static DateMention dayOfMonth(String text, List<Token> tokens, int i, int monthAt, int day, int from, int to,
                                          LocalDate published) {
        int[] m = month(tokens, monthAt, to);
        if (m == null) {
            return null;
        }
        int yearAt = namedYear(tokens, m[1], to);
        Integer year = year(tokens, yearAt, to);
        return monthDate(text, tokens, i, year != null ? yearAt + 1 : m[1], Month.of(m[0]), day, year, onward(tokens, i, from), published);
    }

    private static final Set<String> RELATIVE_FIRST = WordSet.of("العام", "هذا", "الشهر", "الاسبوع", "last", "this");

    private static final long LATIN_DATE_WORD = WordFlags.newFlag();
    private static final long ARABIC_DATE_WORD = WordFlags.newFlag();

    /**
     * A word {@link #at} can start a date at: the first of a month, a day word, or what {@link #mayStartDate} lets
     * through; asked of every word of a document, and kept per word.
     */
    private static boolean dateWord(Token t) {
        WordFlags.Word word = t.word();
        long flag = t.script() == Script.LATIN ? LATIN_DATE_WORD : ARABIC_DATE_WORD;
        if (word.known(flag)) {
            return word.is(flag);
        }
        return word.set(flag, FIRST_DAY.contains(Clitics.bare(t.norm())) || DAY_TOKENS.contains(t.norm()) || mayStartDate(t)
                || t.script() == Script.ARABIC && ArabicOrdinalDays.opens(t.norm()));
    }

    /** A cheap test that rules out most words before any lookup that allocates. */
    private static boolean mayStartDate(Token t) {
        if (t.script() == Script.LATIN) {
            return MonthNames.startsMonth(t.norm()) || RELATIVE_FIRST.contains(t.norm()) || YEAR_CUES.contains(t.norm());
        }
        for (String reading : Clitics.readings(t.norm())) {
            if (MonthNames.startsMonth(reading) || RELATIVE_FIRST.contains(reading) || YEAR_CUES.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    /** A month name at i, with its other name after a slash («يناير/ كانون الثاني»), or null. */
    private static int[] month(List<Token> tokens, int i, int to) {
        int[] m = monthName(tokens, i, to);
        if (m != null && m[1] + 1 < to && tokens.get(m[1]).is("/")) {
            int[] other = monthName(tokens, m[1] + 1, to);
            if (other != null && other[0] == m[0]) {
                return other;
            }
        }
        return m;
    }

    /** [month number, end token] of a month name at i (one or two words, clitics allowed), or null. */
    private static int[] monthName(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        for (String reading : t.script() == Script.ARABIC ? Clitics.readings(t.norm()) : List.of(t.norm())) {
            if (!MonthNames.startsMonth(reading)) {
                continue;
            }
            if (i + 1 < to && tokens.get(i + 1).isWord()) {
                Month two = MonthNames.month(reading + " " + tokens.get(i + 1).norm());
                if (two != null) {
                    return new int[] {two.getValue(), i + 2};
                }
            }
            Month one = MonthNames.month(reading);
            if (one != null && (t.script() == Script.ARABIC || t.capitalized())) {
                // "Oct. 7", "Sept. 30, 2024": a short English name keeps its abbreviation dot before the day or year
                boolean dotted = t.script() == Script.LATIN && reading.length() <= 4 && i + 2 < to && tokens.get(i + 1).is(".")
                        && tokens.get(i + 2).script() == Script.NUMBER;
                return new int[] {one.getValue(), dotted ? i + 2 : i + 1};
            }
        }
        return null;
    }

    /** A month name counts only with a cue around it: a preposition before, a year, a day or last/next. */
    private static boolean cued(List<Token> tokens, int i, int from, int end, int to) {
        Token t = tokens.get(i);
        if (t.script() == Script.ARABIC && !Clitics.readings(t.norm()).get(0).equals(Clitics.bare(t.norm()))) {
            return true; // بيونيو، وفي — a clitic is a cue of its own
        }
        if (i > from && Clitics.in(MONTH_CUES, tokens.get(i - 1).norm())) {
            return true;
        }
        if (end < to) {
            Token next = tokens.get(end);
            return next.script() == Script.NUMBER || PAST.contains(next.norm()) || FUTURE.contains(next.norm());
        }
        return false;
    }

    /** Words a year can follow as a noun's modifier: "a 2016 deal", "its 2021 acquisition of X". */
    private static final Set<String> YEAR_DETERMINERS = WordSet.of("a", "an", "its", "their", "his", "her");

    /**
     * "a 2016 deal", "a 2009 accord", "its 2021 acquisition of X": a year between the article or possessive at i and a
     * noun written small is the thing's date, though no preposition cues it.
     */
    private static DateMention yearAsAdjective(String text, List<Token> tokens, int i, int to) {
        if (i + 2 >= to) {
            return null;
        }
        Integer year = year(tokens, i + 1, to);
        Token noun = tokens.get(i + 2);
        if (year == null || noun.script() != Script.LATIN || !noun.isWord() || Character.isUpperCase(noun.surface().charAt(0))) {
            return null;
        }
        return new DateMention(i + 1, i + 2, String.valueOf(year), span(text, tokens, i + 1, i + 2));
    }

    private static final Set<String> YEAR_NOUNS = WordSet.of("العام", "عام", "of");

    /**
     * «مايو/أيار العام 2017», «5 مارس من عام 2019», "May of 2017": where the year after a month stands, past the words
     * that name it as a year; {@code k} itself when none do.
     */
    private static int namedYear(List<Token> tokens, int k, int to) {
        int at = k < to && tokens.get(k).is("من") ? k + 1 : k;
        if (at + 1 < to && YEAR_NOUNS.contains(tokens.get(at).norm()) && year(tokens, at + 1, to) != null) {
            return at + 1;
        }
        return k;
    }

    private static Integer year(List<Token> tokens, int i, int to) {
        if (i >= to || tokens.get(i).script() != Script.NUMBER || tokens.get(i).norm().length() != 4) {
            return null;
        }
        String digits = tokens.get(i).norm();
        // a number token may hold a separator: "6.53" and "12.5" have four characters and are no year
        if (!Character.isDigit(digits.charAt(1)) || !Character.isDigit(digits.charAt(2))) {
            return null;
        }
        int y = Integer.parseInt(digits);
        return y >= 1900 && y <= 2100 ? y : null;
    }

    private static DateMention relative(String text, List<Token> tokens, int i, int to, LocalDate published) {
        if (published == null || i + 1 >= to) {
            return null;
        }
        String a = Clitics.withoutConjunction(tokens.get(i).norm());
        String b = tokens.get(i + 1).norm();
        String value = null; // the publication's YearMonth only for a match: most words starting a date are none
        if ((a.equals("العام") || a.equals("هذا")) && (b.equals("الماضي") || b.equals("المنصرم"))) {
            value = String.valueOf(published.getYear() - 1);
        } else if ((a.equals("العام") && (b.equals("الجاري") || b.equals("الحالي"))) || (a.equals("هذا") && b.equals("العام"))
                || (a.equals("this") && b.equals("year"))) {
            value = String.valueOf(published.getYear());
        } else if (a.equals("last") && b.equals("year")) {
            value = String.valueOf(published.getYear() - 1);
        } else if ((a.equals("الشهر") && b.equals("الماضي")) || (a.equals("last") && b.equals("month"))) {
            value = YearMonth.from(published).minusMonths(1).toString();
        } else if ((a.equals("الشهر") && (b.equals("الجاري") || b.equals("الحالي"))) || (a.equals("هذا") && b.equals("الشهر"))
                || (a.equals("this") && b.equals("month"))) {
            value = YearMonth.from(published).toString();
        } else if ((a.equals("الاسبوع") && PAST.contains(b)) || (a.equals("last") && b.equals("week"))) {
            value = YearMonth.from(published.minusWeeks(1)).toString(); // the week's month: its day is not told
        } else if ((a.equals("الاسبوع") && (b.equals("الجاري") || b.equals("الحالي"))) || (a.equals("هذا") && b.equals("الاسبوع"))
                || (a.equals("this") && b.equals("week"))) {
            value = YearMonth.from(published).toString();
        }
        return value == null ? null : new DateMention(i, i + 2, value, span(text, tokens, i, i + 2));
    }

    /**
     * "January last year", "in June this year", «يوليو من العام الماضي»: the words after a month naming its year relative
     * to publication; how many, or 0.
     */
    private static int yearWords(List<Token> tokens, int k, int to) {
        if (k + 1 < to && (tokens.get(k).is("last") || tokens.get(k).is("this") || tokens.get(k).is("next"))
                && tokens.get(k + 1).is("year")) {
            return 2;
        }
        boolean of = k + 2 < to && tokens.get(k).is("من");
        int at = of ? k + 1 : k;
        if (at + 1 < to && (tokens.get(at).is("العام") || tokens.get(at).is("عام"))
                && (PAST.contains(tokens.get(at + 1).norm()) || tokens.get(at + 1).is("الحالي") || tokens.get(at + 1).is("الجاري"))) {
            return of ? 3 : 2;
        }
        return 0;
    }

    /** The year the words of {@link #yearWords} name, relative to publication: last -1, this 0, next +1. */
    private static int yearOffset(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("last") || PAST.contains(tokens.get(k).norm())) {
                return -1;
            }
            if (tokens.get(k).is("next")) {
                return 1;
            }
        }
        return 0;
    }

    private static DateMention monthDate(String text, List<Token> tokens, int start, int end, Month month, int day,
                                         Integer year, int direction, LocalDate published) {
        int y;
        if (year != null) {
            y = year;
        } else if (published == null) {
            return null;
        } else {
            y = published.getYear();
            int pm = published.getMonthValue();
            if (direction < 0 && month.getValue() >= pm) {
                y--;
            } else if (direction == 1 && month.getValue() <= pm) {
                y++;
            } else if (direction == AS_OF) {
                y += asOfYearShift(month.getValue(), pm);
            } else if (direction == 0 && month.getValue() > pm) {
                y--;
            } else if (direction == ONWARD && month.getValue() < pm) {
                y++;
            }
        }
        String value = day > 0 && day <= month.maxLength()
                ? YearMonth.of(y, month).atDay(day).toString()
                : YearMonth.of(y, month).toString();
        return new DateMention(start, end, value, span(text, tokens, start, end));
    }

    private static String span(String text, List<Token> tokens, int start, int end) {
        return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    }
}
