package dev.khabar.core.dates;

import dev.khabar.core.lexicon.JdkNames;
import dev.khabar.core.text.TextNormalizer;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** Weekday names as the JDK's CLDR data spells them in Arabic (الثلاثاء) and English (Tuesday); keys are folded words. */
public final class DayNames {
    private static final Map<String, DayOfWeek> NAMES = new HashMap<>();

    static {
        for (JdkNames.WeekdayName w : JdkNames.get().weekdays()) {
            NAMES.put(TextNormalizer.normalize(w.name()), w.day());
        }
    }

    private DayNames() {
    }

    /** Every folded weekday name. */
    static java.util.Set<String> names() {
        return NAMES.keySet();
    }

    /** The weekday a folded word names, or null. */
    public static DayOfWeek day(String folded) {
        return NAMES.get(folded);
    }
}
