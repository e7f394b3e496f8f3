package dev.khabar.core.dates;

import dev.khabar.core.lexicon.JdkNames;
import dev.khabar.core.text.TextNormalizer;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;

/**
 * Month names of every family the JDK's CLDR data spells: Egyptian/Gulf (يونيو), Levantine/Iraqi (حزيران، كانون
 * الثاني), Maghrebi (جوان، يوليوز) and English full and short names (see JdkNames). Keys are folded phrases.
 */
public final class MonthNames {
    private static final Map<String, Month> NAMES = new HashMap<>();
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();

    static {
        for (JdkNames.MonthName m : JdkNames.get().months()) {
            if (m.locale().equals("en")) {
                NAMES.put(TextNormalizer.normalize(m.name()), m.month());
            } else {
                NAMES.put(TextNormalizer.normalizePhrase(m.name()), m.month());
            }
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
