package dev.khabar.store;

import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.TextNormalizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a name becomes an alias key: the extract function indexes every entity name and alias with
 * {@link #normalize}, the query function looks a search term up under each of {@link #lookupVariants}.
 * One function on both sides, built on the extraction core's own spelling fold and clitic readings, so the table
 * matches names the way the extractor does: ميتا, مِيتا and ميـتا meet, as do "Meta" and "META".
 */
public final class AliasKeys {
    /** DynamoDB partition keys may be 2048 bytes; an alias is never meaningfully longer than this. */
    static final int MAX_LENGTH = 200;
    private static final int MIN_STEM = 2;

    private AliasKeys() {
    }

    /**
     * The core's fold (diacritics, tatweel, alef/ya/ta-marbuta variants, Arabic-Indic digits, case), then what an
     * index key needs beyond it: remaining hamza seats and Latin accents dropped, punctuation and symbols to spaces,
     * whitespace collapsed. Empty when nothing is left.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // NFKD splits ئ into ي + hamza and é into e + accent; the marks are then dropped
        String decomposed = decompose(TextNormalizer.normalize(text));
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(c);
        }
        String key = out.toString().toLowerCase(Locale.ROOT);
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH).strip();
    }

    /**
     * NFKD, up to marks and their order (dropped by the caller anyway). Text of ASCII and Arabic letters, most names,
     * skips the JDK's normalizer, whose first use loads its Unicode data (milliseconds of a cold start): of those
     * letters NFKD only splits آ أ ؤ إ ئ into their base letter and a mark.
     */
    static String decompose(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = switch (c) {
                case 'آ', 'أ', 'إ' -> 'ا';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                default -> c;
            };
            boolean unchanged = c < 0xA0 || (c >= 0x0600 && c <= 0x06FF && !(c >= 0x0675 && c <= 0x0678)
                    && c != 0x06C0 && c != 0x06C2 && c != 0x06D3);
            if (!unchanged) {
                return Normalizer.normalize(text, Normalizer.Form.NFKD);
            }
            if (base != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = base;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * The alias keys a search term may be stored under: its normalized form first, then the core's readings of its
     * first word without Arabic proclitics (و ف, then ب ل ك; لل read as ل + ال), so لميتا finds ميتا and للشركة
     * finds الشركة. Readings shorter than two letters are not offered.
     */
    public static List<String> lookupVariants(String term) {
        String normalized = normalize(term);
        if (normalized.isEmpty()) {
            return List.of();
        }
        int space = normalized.indexOf(' ');
        String first = space < 0 ? normalized : normalized.substring(0, space);
        String rest = space < 0 ? "" : normalized.substring(space);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(normalized);
        for (String reading : Clitics.readings(first)) {
            if (reading.length() >= MIN_STEM) {
                variants.add(reading + rest);
            }
        }
        return new ArrayList<>(variants);
    }
}
