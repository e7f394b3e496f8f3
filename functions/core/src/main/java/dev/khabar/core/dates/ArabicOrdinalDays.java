package dev.khabar.core.dates;

import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * «السابع من ديسمبر», «الحادي والعشرين من مارس»: a day of the month written as an ordinal word before «من» and the
 * month. The JDK has no Arabic ordinals (CLDR's spelled-out rules are not in it), so they are listed here.
 */
final class ArabicOrdinalDays {
    /** Folded masculine ordinals of the units, with their value: الأول … العاشر, and الحادي for 11, 21 and 31. */
    private static final Map<String, Integer> UNITS = new HashMap<>();
    /** «الحادي عشر»: the word that makes 11–19 of a unit. */
    private static final String TEEN = "عشر";
    /** «الحادي والعشرين», «الحادي والثلاثين»: the tens a unit is joined to. */
    private static final Map<String, Integer> TENS = Map.of("والعشرين", 20, "والثلاثين", 30);
    /** «العشرين», «الثلاثين» alone: the 20th and the 30th. */
    private static final Map<String, Integer> ROUND_TENS = Map.of("العشرين", 20, "الثلاثين", 30);
    /** «اليوم السابع من»: the one definite noun whose ordinal is the day. */
    private static final String DAY = "اليوم";
    /** «إلى» folded: definite in writing, a preposition before the day («أرجئ إلى الحادي والعشرين من مارس»). */
    private static final String TO = "الي";
    private static final String OF = "من";
    private static final Set<String> ORDINAL_WORDS;

    static {
        String[] units = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"};
        for (int n = 0; n < units.length; n++) {
            UNITS.put(TextNormalizer.normalize(units[n]), n + 1);
        }
        UNITS.put(TextNormalizer.normalize("الحادي"), 1);
        Set<String> words = new HashSet<>(UNITS.keySet());
        words.addAll(ROUND_TENS.keySet());
        ORDINAL_WORDS = Set.copyOf(words);
    }

    private ArabicOrdinalDays() {
    }

    /** Whether a folded word may open an ordinal day: a cheap test before {@link #at}, kept per word by DateReader. */
    static boolean opens(String folded) {
        return ORDINAL_WORDS.contains(Clitics.withoutConjunction(folded));
    }

    /**
     * The day an ordinal at {@code i} names and the token after its «من», as {day, month start}; null when the words
     * are no day (no «من» after them, another noun's ordinal before, or no day of a month).
     */
    static int[] at(List<Token> tokens, int i, int from, int to) {
        String first = Clitics.withoutConjunction(tokens.get(i).norm());
        Token before = i > from ? tokens.get(i - 1) : null;
        if (before != null && before.norm().startsWith("ال") && !before.is(DAY) && !before.is(TO)
                && DayNames.day(before.norm()) == null) {
            return null; // «الأسبوع الثاني من مارس», «الربع الأول من»: the ordinal of another noun; «الأحد السابع من» is a day
        }
        Integer round = ROUND_TENS.get(first);
        Integer unit = UNITS.get(first);
        int day;
        int k = i + 1;
        if (round != null) {
            day = round;
        } else if (unit == null) {
            return null;
        } else if (k < to && tokens.get(k).is(TEEN)) {
            day = 10 + unit;
            k++;
        } else if (k < to && TENS.containsKey(tokens.get(k).norm())) {
            day = TENS.get(tokens.get(k).norm()) + unit;
            k++;
        } else {
            day = first.equals(TextNormalizer.normalize("الحادي")) ? 0 : unit;
        }
        return day >= 1 && day <= 31 && k + 1 < to && tokens.get(k).is(OF) ? new int[] {day, k + 1} : null;
    }
}
