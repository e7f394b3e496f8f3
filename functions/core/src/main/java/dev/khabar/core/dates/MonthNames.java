package dev.khabar.core.dates;

import dev.khabar.core.text.TextNormalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names of every family the JDK's CLDR data spells: Egyptian/Gulf (يونيو), Levantine/Iraqi (حزيران، كانون
 * الثاني), Maghrebi (جوان، يوليوز) and English full and short names. Keys are folded phrases.
 */
public final class MonthNames {
    private static final String[] ARABIC_LOCALES = {"ar", "ar-EG", "ar-SA", "ar-AE", "ar-SY", "ar-LB", "ar-IQ",
        "ar-JO", "ar-MA", "ar-DZ", "ar-TN", "ar-LY", "ar-MR"};
    private static final Map<String, Month> NAMES = new HashMap<>();
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();

    static {
        for (String tag : ARABIC_LOCALES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month m : Month.values()) {
                NAMES.put(TextNormalizer.normalizePhrase(m.getDisplayName(TextStyle.FULL, locale)), m);
            }
        }
        for (Month m : Month.values()) {
            NAMES.put(TextNormalizer.normalize(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), m);
            NAMES.put(TextNormalizer.normalize(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), m);
        }
        NAMES.put("sept", Month.SEPTEMBER);
        // colloquial spellings CLDR does not list
        NAMES.put("اغسطس", Month.AUGUST);
        NAMES.put("ابريل", Month.APRIL);
        NAMES.put("يوليه", Month.JULY);
        NAMES.put("يونيه", Month.JUNE);
        for (String name : NAMES.keySet()) {
            FIRST_WORDS.add(name.split(" ")[0]);
        }
    }

    /** Whether a folded word is the first word of a month name (a cheap test before any lookup of two words). */
    public static boolean startsMonth(String folded) {
        return FIRST_WORDS.contains(folded);
    }

    private MonthNames() {
    }

    /** The month a folded phrase names, or null. */
    public static Month month(String folded) {
        return NAMES.get(folded);
    }
}
