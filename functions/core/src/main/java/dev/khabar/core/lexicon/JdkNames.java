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

    private final List<Country> countries;
    private final List<CurrencyName> currencies;
    private final List<MonthName> months;
    private final List<WeekdayName> weekdays;
    private final Map<String, CurrencyName> currenciesByCode = new HashMap<>();

    private JdkNames(List<Country> countries, List<CurrencyName> currencies, List<MonthName> months,
                     List<WeekdayName> weekdays) {
        this.countries = List.copyOf(countries);
        this.currencies = List.copyOf(currencies);
        this.months = List.copyOf(months);
        this.weekdays = List.copyOf(weekdays);
        for (CurrencyName c : currencies) {
            currenciesByCode.put(c.code(), c);
        }
    }

    private static final class Holder {
        static final JdkNames INSTANCE = JdkNames.class.getResource(RESOURCE) != null ? fromResource() : fromJdk();
    }

    public static JdkNames get() {
        return Holder.INSTANCE;
    }

    /** Countries in the JDK's order ({@link Locale#getISOCountries()}). */
    public List<Country> countries() {
        return countries;
    }

    /** Currencies by code. */
    public List<CurrencyName> currencies() {
        return currencies;
    }

    /** The Arabic name of a currency, or null for a code the JDK does not list. */
    public String currencyArabic(String code) {
        CurrencyName c = currenciesByCode.get(code);
        return c == null ? null : c.arabic();
    }

    /** The Arabic locales' full names in {@link #ARABIC_MONTH_LOCALES} order, then English full and short names. */
    public List<MonthName> months() {
        return months;
    }

    /** Arabic, then English full names of the weekdays. */
    public List<WeekdayName> weekdays() {
        return weekdays;
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

    static JdkNames fromResource() {
        List<Country> countries = new ArrayList<>();
        List<CurrencyName> currencies = new ArrayList<>();
        List<MonthName> months = new ArrayList<>();
        List<WeekdayName> weekdays = new ArrayList<>();
        for (String[] row : Lexicon.rows(RESOURCE, 5)) {
            switch (row[0]) {
                case "country" -> countries.add(new Country(row[1], row[2], row[3]));
                case "currency" -> currencies.add(new CurrencyName(row[1], row[2], row[3]));
                case "month" -> months.add(new MonthName(row[1], TextStyle.valueOf(row[2]), Month.valueOf(row[3]), row[4]));
                case "weekday" -> weekdays.add(new WeekdayName(row[1], DayOfWeek.valueOf(row[3]), row[4]));
                default -> throw new IllegalStateException("unknown row " + row[0] + " in " + RESOURCE);
            }
        }
        return new JdkNames(countries, currencies, months, weekdays);
    }

    /** The resource's lines: one per name, tab-separated. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("# generated at build time from the JDK's locale data by " + JdkNames.class.getName()
                + " (java " + Runtime.version().feature() + "); do not edit");
        countries.forEach(c -> lines.add(String.join("\t", "country", c.code(), c.english(), c.arabic())));
        currencies.forEach(c -> lines.add(String.join("\t", "currency", c.code(), c.english(), c.arabic())));
        months.forEach(m -> lines.add(String.join("\t", "month", m.locale(), m.style().name(), m.month().name(), m.name())));
        weekdays.forEach(w -> lines.add(String.join("\t", "weekday", w.locale(), TextStyle.FULL.name(), w.day().name(), w.name())));
        return lines;
    }

    /** Writes the resource: {@code JdkNames <file>}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.write(file, fromJdk().lines(), StandardCharsets.UTF_8);
    }
}
