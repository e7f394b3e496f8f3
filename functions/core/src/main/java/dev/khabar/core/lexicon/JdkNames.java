package dev.khabar.core.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of countries, currencies, months and weekdays that the JDK's CLDR data spells in English and Arabic. Asking the
 * JDK for them loads dozens of locale bundles, which costs a cold start of the extract function about a second on
 * Lambda's C1-only JIT; so the build asks once ({@link #main}, run by the core module's pom after compiling) and
 * writes them to the resource {@value #RESOURCE}, which is read here instead. Without the resource (classes run
 * straight from an IDE) the names are asked from the JDK as before; a test checks that the two agree.
 */
public final class JdkNames {
    static final String RESOURCE = "/lexicon/jdk-names.tsv";
    /** Every Arabic month-name family CLDR spells: Egyptian/Gulf, Levantine/Iraqi, Maghrebi. */
    public static final List<String> ARABIC_MONTH_LOCALES = List.of("ar", "ar-EG", "ar-SA", "ar-AE", "ar-SY",
            "ar-LB", "ar-IQ", "ar-JO", "ar-MA", "ar-DZ", "ar-TN", "ar-LY", "ar-MR");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** A country (ISO 3166 code) with its English and Arabic names. */
    public record Country(String code, String english, String arabic) {
    }

    /** A currency (ISO 4217 code) with its English and Arabic names. */
    public record CurrencyName(String code, String english, String arabic) {
    }

    /** A month's name in one locale (a language tag) and style (FULL or SHORT). */
    public record MonthName(String locale, TextStyle style, Month month, String name) {
    }

    /** A weekday's full name in one locale (a language tag). */
    public record WeekdayName(String locale, DayOfWeek day, String name) {
    }

    /** The resource's text, parsed a kind at a time when first asked; null when the names were asked from the JDK. */
    private final String resource;
    private List<Country> countries;
    private List<CurrencyName> currencies;
    private List<MonthName> months;
    private List<WeekdayName> weekdays;
    private Map<String, CurrencyName> currenciesByCode;

    private JdkNames(List<Country> countries, List<CurrencyName> currencies, List<MonthName> months,
                     List<WeekdayName> weekdays) {
        this.resource = null;
        this.countries = List.copyOf(countries);
        this.currencies = List.copyOf(currencies);
        this.months = List.copyOf(months);
        this.weekdays = List.copyOf(weekdays);
    }

    private JdkNames(String resource) {
        this.resource = resource;
    }

    private static final class Holder {
        static final JdkNames INSTANCE = fromResourceOrJdk();
    }

    public static JdkNames get() {
        return Holder.INSTANCE;
    }

    /** Countries in the JDK's order ({@link Locale#getISOCountries()}). */
    public synchronized List<Country> countries() {
        if (countries == null) {
            List<Country> out = new ArrayList<>();
            for (String[] row : rowsOf("country")) {
                out.add(new Country(row[1], row[2], row[3]));
            }
            countries = List.copyOf(out);
        }
        return countries;
    }

    /** Currencies by code. */
    public synchronized List<CurrencyName> currencies() {
        if (currencies == null) {
            List<CurrencyName> out = new ArrayList<>();
            for (String[] row : rowsOf("currency")) {
                out.add(new CurrencyName(row[1], row[2], row[3]));
            }
            currencies = List.copyOf(out);
        }
        return currencies;
    }

    /** The Arabic name of a currency, or null for a code the JDK does not list. */
    public synchronized String currencyArabic(String code) {
        if (currenciesByCode == null) {
            Map<String, CurrencyName> byCode = new HashMap<>();
            for (CurrencyName c : currencies()) {
                byCode.put(c.code(), c);
            }
            currenciesByCode = byCode;
        }
        CurrencyName c = currenciesByCode.get(code);
        return c == null ? null : c.arabic();
    }

    /** The Arabic locales' full names in {@link #ARABIC_MONTH_LOCALES} order, then English full and short names. */
    public synchronized List<MonthName> months() {
        if (months == null) {
            List<MonthName> out = new ArrayList<>();
            for (String[] row : rowsOf("month")) {
                out.add(new MonthName(row[1], TextStyle.valueOf(row[2]), Month.valueOf(row[3]), row[4]));
            }
            months = List.copyOf(out);
        }
        return months;
    }

    /** Arabic, then English full names of the weekdays. */
    public synchronized List<WeekdayName> weekdays() {
        if (weekdays == null) {
            List<WeekdayName> out = new ArrayList<>();
            for (String[] row : rowsOf("weekday")) {
                out.add(new WeekdayName(row[1], DayOfWeek.valueOf(row[3]), row[4]));
            }
            weekdays = List.copyOf(out);
        }
        return weekdays;
    }

    /**
     * The resource's rows of one kind (its first column), each as its five columns: a cold start asks for three of the
     * four kinds, and the countries (the largest, for the gazetteer's build-time sources) are never parsed there.
     */
    private List<String[]> rowsOf(String kind) {
        List<String[]> rows = new ArrayList<>();
        String prefix = kind + "\t";
        int n = resource.length();
        int start = 0;
        while (start < n) {
            int end = resource.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (resource.startsWith(prefix, start)) {
                rows.add(Lexicon.row(resource, start, end, 5));
            }
            start = end + 1;
        }
        return rows;
    }

    /** Asks the JDK. */
    static JdkNames fromJdk() {
        List<Country> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            countries.add(new Country(code, country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(ARABIC)));
        }
        List<CurrencyName> currencies = new ArrayList<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            currencies.add(new CurrencyName(c.getCurrencyCode(), c.getDisplayName(Locale.ENGLISH), c.getDisplayName(ARABIC)));
        }
        currencies.sort(Comparator.comparing(CurrencyName::code));
        List<MonthName> months = new ArrayList<>();
        for (String tag : ARABIC_MONTH_LOCALES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month m : Month.values()) {
                months.add(new MonthName(tag, TextStyle.FULL, m, m.getDisplayName(TextStyle.FULL, locale)));
            }
        }
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
            for (Month m : Month.values()) {
                months.add(new MonthName("en", style, m, m.getDisplayName(style, Locale.ENGLISH)));
            }
        }
        List<WeekdayName> weekdays = new ArrayList<>();
        for (Locale locale : List.of(ARABIC, Locale.ENGLISH)) {
            for (DayOfWeek d : DayOfWeek.values()) {
                weekdays.add(new WeekdayName(locale.toLanguageTag(), d, d.getDisplayName(TextStyle.FULL, locale)));
            }
        }
        return new JdkNames(countries, currencies, months, weekdays);
    }

    /** Reads the resource's text only; each kind is parsed when first asked for. */
    static JdkNames fromResource() {
        return new JdkNames(Lexicon.text(RESOURCE));
    }

    private static JdkNames fromResourceOrJdk() {
        byte[] resource = Lexicon.bytesOrNull(RESOURCE);
        return resource != null ? new JdkNames(new String(resource, StandardCharsets.UTF_8)) : fromJdk();
    }

    /** The resource's lines: one per name, tab-separated. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("# generated at build time from the JDK's locale data by " + JdkNames.class.getName()
                + " (java " + Runtime.version().feature() + "); do not edit");
        countries().forEach(c -> lines.add(String.join("\t", "country", c.code(), c.english(), c.arabic())));
        currencies().forEach(c -> lines.add(String.join("\t", "currency", c.code(), c.english(), c.arabic())));
        months().forEach(m -> lines.add(String.join("\t", "month", m.locale(), m.style().name(), m.month().name(), m.name())));
        weekdays().forEach(w -> lines.add(String.join("\t", "weekday", w.locale(), TextStyle.FULL.name(), w.day().name(), w.name())));
        return lines;
    }

    /** Writes the resource: {@code JdkNames <file>}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.write(file, fromJdk().lines(), StandardCharsets.UTF_8);
    }
}
