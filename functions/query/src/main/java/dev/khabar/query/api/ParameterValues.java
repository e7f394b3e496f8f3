package dev.khabar.query.api;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.query.http.Parameters;
import dev.khabar.query.http.Problem;
import dev.khabar.store.AliasKeys;
import dev.khabar.store.read.DateRange;
import dev.khabar.store.read.PageRequest;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Typed values of query parameters; every malformed value is a 400 that says what was expected. */
final class ParameterValues {
    static final int DEFAULT_LIMIT = 20;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,30}(\\.\\d{1,10})?");
    private static final int MAX_TERM_LENGTH = 200;

    private ParameterValues() {
    }

    /** {@code limit}: 1 or more, default {@value #DEFAULT_LIMIT}; more than the maximum is capped, not refused. */
    static int limit(Parameters parameters) {
        String text = parameters.get("limit").orElse(null);
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < 1) {
            throw Problem.badParameter("limit must be a whole number from 1 to " + PageRequest.MAX_LIMIT + ": '" + text + "'");
        }
        return Math.min(Integer.parseInt(text), PageRequest.MAX_LIMIT);
    }

    static FactType factType(String text) {
        return enumValue(FactType.class, text, "fact type");
    }

    static EntityType entityType(String text) {
        return enumValue(EntityType.class, text, "entity type");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("unknown " + what + " '" + text + "'; one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** {@code from} and {@code to}: YYYY, YYYY-MM or YYYY-MM-DD, real calendar dates, from not after to. */
    static DateRange dateRange(Parameters parameters) {
        String from = parameters.get("from").map(v -> date("from", v)).orElse(null);
        String to = parameters.get("to").map(v -> date("to", v)).orElse(null);
        try {
            return new DateRange(from, to);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(e.getMessage());
        }
    }

    private static String date(String name, String text) {
        try {
            if (YEAR.matcher(text).matches()) {
                return text;
            }
            if (YEAR_MONTH.matcher(text).matches()) {
                YearMonth.parse(text);
                return text;
            }
            if (DAY.matcher(text).matches()) {
                LocalDate.parse(text);
                return text;
            }
        } catch (DateTimeException e) {
            throw Problem.badParameter(name + " is not a calendar date: '" + text + "'");
        }
        throw Problem.badParameter(name + " must be YYYY, YYYY-MM or YYYY-MM-DD: '" + text + "'");
    }

    /** {@code minAmount}: a non-negative decimal number in units of the currency (14300000000, 2.5). */
    static BigDecimal minAmount(Parameters parameters) {
        String text = parameters.get("minAmount").orElse(null);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw Problem.badParameter("minAmount must be a non-negative decimal number such as 1000000 or 2.5: '"
                    + text + "'");
        }
        return new BigDecimal(text);
    }

    /** {@code currency}: an ISO 4217 code, any case. */
    static String currency(Parameters parameters) {
        String text = parameters.get("currency").orElse(null);
        if (text == null) {
            return null;
        }
        if (!CURRENCY.matcher(text).matches()) {
            throw Problem.badParameter("currency must be a three-letter ISO 4217 code such as USD: '" + text + "'");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    /** {@code q}: a name in any language; it must keep some letters or digits once normalized. */
    static String searchTerm(Parameters parameters) {
        String text = parameters.required("q");
        if (text.length() > MAX_TERM_LENGTH) {
            throw Problem.badParameter("q is longer than " + MAX_TERM_LENGTH + " characters");
        }
        if (AliasKeys.normalize(text).isEmpty()) {
            throw Problem.badParameter("q must contain letters or digits: '" + text + "'");
        }
        return text;
    }
}
