package dev.khabar.core.dates;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A time counted back from publication: "four years ago", "two months ago", «قبل عامين», «منذ ثلاثة أشهر». Years give
 * the year, months and weeks the month, days the day; how long it lasted is not told, only when it was.
 */
final class ElapsedDates {
    private enum Unit { YEAR, MONTH, WEEK, DAY }

    private static final Map<String, Unit> ENGLISH_UNITS = Map.of("year", Unit.YEAR, "years", Unit.YEAR,
            "month", Unit.MONTH, "months", Unit.MONTH, "week", Unit.WEEK, "weeks", Unit.WEEK, "day", Unit.DAY, "days", Unit.DAY);
    private static final Map<String, Integer> ENGLISH_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    /** Arabic units as counted: the singular is one, the dual two, the plural wants a number before it. */
    private static final Map<String, Unit> ARABIC_ONE = Map.of("عام", Unit.YEAR, "سنه", Unit.YEAR, "شهر", Unit.MONTH,
            "اسبوع", Unit.WEEK, "يوم", Unit.DAY);
    private static final Map<String, Unit> ARABIC_TWO = Map.of("عامين", Unit.YEAR, "سنتين", Unit.YEAR, "شهرين", Unit.MONTH,
            "اسبوعين", Unit.WEEK, "يومين", Unit.DAY);
    private static final Map<String, Unit> ARABIC_MANY = Map.of("اعوام", Unit.YEAR, "سنوات", Unit.YEAR, "اشهر", Unit.MONTH,
            "شهور", Unit.MONTH, "اسابيع", Unit.WEEK, "ايام", Unit.DAY);
    private static final Set<String> BACK = WordSet.of("قبل", "منذ");
    private static final Set<String> ABOUT = WordSet.of("نحو", "حوالي", "قرابه", "زهاء");
    /** «قبل عامين من الطرح», «قبل عام 2020»: counted back from something else, or a year named. */
    private static final Set<String> FROM_ELSE = WordSet.of("من", "علي", "عن");

    /** Words that may follow a singular month or day counted back: «قبل شهر واحد», «منذ يوم فقط». */
    private static final Set<String> AFTER_ONE = WordSet.of("واحد", "فقط", "تقريبا", "مضي", "مضت", "و");

    private ElapsedDates() {
    }

    /** Whether a folded word can open such a date: a number, a number word, or «قبل»/«منذ». */
    static boolean mayOpen(Token t) {
        if (t.script() == Script.NUMBER) {
            return true;
        }
        String n = t.norm();
        return t.script() == Script.LATIN ? ENGLISH_NUMBERS.containsKey(n)
                : Clitics.in(BACK, n);
    }

    /** The date counted back that starts at token i, or null. */
    static DateMention at(String text, List<Token> tokens, int i, int to, LocalDate published) {
        if (published == null || !mayOpen(tokens.get(i))) {
            return null;
        }
        return tokens.get(i).script() == Script.ARABIC ? arabic(text, tokens, i, to, published) : english(text, tokens, i, to, published);
    }

    private static DateMention english(String text, List<Token> tokens, int i, int to, LocalDate published) {
        if (i + 2 >= to || !tokens.get(i + 2).is("ago")) {
            return null;
        }
        Unit unit = ENGLISH_UNITS.get(tokens.get(i + 1).norm());
        Integer n = count(tokens.get(i));
        if (comparedWith(tokens, i)) {
            return null;
        }
        return unit == null || n == null ? null : mention(text, tokens, i, i + 3, back(published, unit, n));
    }

    private static final Set<String> COMPARED = WordSet.of("from", "than", "as", "compared", "versus", "vs");

    /**
     * "up from $5 million a year ago", "twice as many as it cut a year ago": a point compared with, not when the fact
     * happened.
     */
    private static boolean comparedWith(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4) && !tokens.get(k).is(","); k--) {
            if (COMPARED.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static Integer count(Token t) {
        if (t.script() == Script.NUMBER) {
            return smallNumber(t);
        }
        return ENGLISH_NUMBERS.get(t.norm());
    }

    private static DateMention arabic(String text, List<Token> tokens, int i, int to, LocalDate published) {
        int k = i + 1;
        if (k < to && ABOUT.contains(tokens.get(k).norm())) {
            k++;
        }
        if (k >= to) {
            return null;
        }
        String word = tokens.get(k).norm();
        Unit unit = ARABIC_ONE.get(word);
        int n = 1;
        if (unit == null) {
            unit = ARABIC_TWO.get(word);
            n = 2;
        }
        if (unit == null && k + 1 < to && ARABIC_MANY.containsKey(tokens.get(k + 1).norm())) {
            Integer many = arabicCount(tokens.get(k));
            unit = many == null ? null : ARABIC_MANY.get(tokens.get(k + 1).norm());
            n = many == null ? 0 : many;
            k++;
        }
        int end = k + 1;
        if (unit == null || end < to && (tokens.get(end).script() == Script.NUMBER || Clitics.in(FROM_ELSE, tokens.get(end).norm())
                || tokens.get(end).norm().startsWith("ال"))) {
            return null; // «قبل عام 2020», «قبل عامين من الإدراج», «قبل العام الماضي»
        }
        if (n == 1 && (unit == Unit.MONTH || unit == Unit.DAY) && end < to && tokens.get(end).script() == Script.ARABIC
                && !AFTER_ONE.contains(tokens.get(end).norm())) {
            return null; // «قبل شهر رمضان», «منذ يوم الخميس»: a month or day named, not one counted back
        }
        return mention(text, tokens, i, end, back(published, unit, n));
    }

    private static Integer arabicCount(Token t) {
        if (t.script() == Script.NUMBER) {
            return smallNumber(t);
        }
        return NumberReader.arabicCardinalValue(t.norm());
    }

    /** One or two digits (a number token holds other digit families folded to ASCII). */
    private static Integer smallNumber(Token t) {
        String n = t.norm();
        if (n.length() > 2) {
            return null;
        }
        for (int k = 0; k < n.length(); k++) {
            if (n.charAt(k) < '0' || n.charAt(k) > '9') {
                return null;
            }
        }
        return Integer.valueOf(n);
    }

    private static String back(LocalDate published, Unit unit, int n) {
        return switch (unit) {
            case YEAR -> String.valueOf(published.getYear() - n);
            case MONTH -> YearMonth.from(published).minusMonths(n).toString();
            case WEEK -> YearMonth.from(published.minusWeeks(n)).toString();
            case DAY -> published.minusDays(n).toString();
        };
    }

    private static DateMention mention(String text, List<Token> tokens, int start, int end, String value) {
        return new DateMention(start, end, value, text.substring(tokens.get(start).start(), tokens.get(end - 1).end()));
    }
}
