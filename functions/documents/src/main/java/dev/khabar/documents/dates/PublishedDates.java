package dev.khabar.documents.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that documents and their metadata carry. A timestamp keeps the calendar date written
 * in its own offset: an article stamped 2024-03-15T01:00+03:00 was published on the 15th where it was published.
 */
public final class PublishedDates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^(?:D:)?(\\d{4})(\\d{2})(\\d{2})(?:\\d{0,6}.*)?$");
    private static final DateTimeFormatter[] WRITTEN = {
            formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("MMMM d, uuuu"), formatter("MMM d, uuuu")};

    private PublishedDates() {
    }

    /** The date, or null when the value is not one of the forms publishers use. */
    public static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return date(m);
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return date(m);
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not an HTTP-style date; try the written forms
        }
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
