package dev.khabar.core.numbers;

import dev.khabar.core.lexicon.JdkNames;
import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.text.CurrencyAbbreviations;
import dev.khabar.core.text.TextNormalizer;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Currency names to ISO 4217 codes. Full names ("جنيه مصري", "euro") come from the JDK's CLDR data (see JdkNames); the bare words
 * a newspaper writes alone (دولار، جنيه، pound) and colloquial adjectives come from lexicon/currency-words.tsv.
 */
public final class Currencies {
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    /** folded "word" or "word adjective" → code */
    private static final Map<String, String> NAMES = new HashMap<>();
    /** folded bare word → default code */
    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
            "₹", "INR");

    static {
        for (JdkNames.CurrencyName c : JdkNames.get().currencies()) {
            NAMES.put(TextNormalizer.normalizePhrase(c.arabic()), c.code());
            NAMES.put(TextNormalizer.normalizePhrase(c.english()), c.code());
            NAMES.put(c.code().toLowerCase(Locale.ROOT), c.code());
        }
        for (String[] row : Lexicon.rows("/lexicon/currency-words.tsv", 3)) {
            String key = TextNormalizer.normalizePhrase(row[1]);
            if (row[0].equals("word")) {
                WORDS.put(key, row[2]);
            } else {
                NAMES.put(key, row[2]);
            }
        }
    }

    private Currencies() {
    }

    public static String symbol(String s) {
        return SYMBOLS.get(s);
    }

    /**
     * ISO code of a bare currency word (دولار, pounds), or null. A pound in an Egyptian story is the Egyptian pound:
     * {@code preferred} are the currencies of places named in the text, used when one shares the word's family.
     * An Arabic bare «دولار» is the US dollar even in a story about Singapore or Canada: no Arab state has a dollar of
     * its own, and the Arabic press names the others with their adjective (دولار سنغافوري، دولار كندي).
     */
    public static String word(String folded, Set<String> preferred) {
        String code = WORDS.get(folded);
        if (code == null) {
            return null;
        }
        if (code.equals("USD") && TextNormalizer.isArabicLetter(folded.charAt(0))) {
            return code;
        }
        String family = family(code);
        for (String p : preferred) {
            if (family(p).equals(family)) {
                return p;
            }
        }
        return code;
    }

    /** The first word of the currency's Arabic name: دولار for USD and CAD, جنيه for EGP and GBP. */
    private static String family(String code) {
        String arabic = JdkNames.get().currencyArabic(code);
        String name = TextNormalizer.normalize(arabic != null ? arabic : Currency.getInstance(code).getDisplayName(ARABIC));
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** ISO code of "word adjective" (جنيه إسترليني, ريال قطري, US dollar), or null. */
    public static String name(String foldedPhrase) {
        return NAMES.get(foldedPhrase);
    }

    /** The code a currency abbreviation written before a sum stands for ("USD 5m", "Rs 100 crore"), or null. */
    public static String abbreviation(String surface) {
        if (isCode(surface)) {
            return surface;
        }
        return CurrencyAbbreviations.code(surface);
    }

    private static boolean isCode(String upper) {
        return upper.length() == 3 && NAMES.containsKey(upper.toLowerCase(Locale.ROOT)) && upper.equals(upper.toUpperCase(Locale.ROOT));
    }
}
