package dev.khabar.store.read;

import java.util.regex.Pattern;

/**
 * Inclusive range over fact dates as stored in sort keys (YYYY, YYYY-MM or YYYY-MM-DD); either end may be open.
 * {@code to = 2025-06} includes every day of June 2025; a fact dated only {@code 2025} sorts before {@code 2025-01},
 * so it falls in a range that starts at {@code 2025} but not in one that starts at {@code 2025-01}.
 */
public record DateRange(String from, String to) {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    public static final DateRange ANY = new DateRange(null, null);

    public DateRange {
        check("from", from);
        check("to", to);
        if (from != null && to != null && from.compareTo(to) > 0 && !from.startsWith(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    private static void check(String name, String value) {
        if (value != null && !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be YYYY, YYYY-MM or YYYY-MM-DD: " + value);
        }
    }
}
