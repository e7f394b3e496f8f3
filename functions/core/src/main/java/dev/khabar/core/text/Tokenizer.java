package dev.khabar.core.text;

import dev.khabar.core.lexicon.JdkNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into words, numbers and punctuation marks, keeping char offsets. Arabic and Latin runs split apart. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 8);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            Script script;
            if (Character.isWhitespace(c) || c == '\u200f' || c == '\u200e' || c == '\u200c') {
                i++;
                continue;
            } else if (TextNormalizer.isArabicLetter(c)) {
                while (j < n && TextNormalizer.isArabicLetter(text.charAt(j))) {
                    j++;
                }
                script = Script.ARABIC;
            } else if (TextNormalizer.isDigit(c)) {
                while (j < n && (TextNormalizer.isDigit(text.charAt(j))
                        || (isNumberSeparator(text.charAt(j)) && j + 1 < n && TextNormalizer.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                script = Script.NUMBER;
            } else if (c == MOJIBAKE_MARK && (j == n || Character.isUpperCase(text.charAt(j)) || !Character.isLetter(text.charAt(j)))) {
                script = Script.PUNCT; // "âIt is", "Copco,â said": a quotation mark mis-decoded
            } else if (Character.isLetter(c)) {
                while (j < n && latinWordContinues(text, j) && !currencyBeforeNumber(text, i, j)) {
                    j++;
                }
                script = Script.LATIN;
            } else if ((c == '\'' || c == '’' || c == MOJIBAKE_MARK) && j < n && (text.charAt(j) == 's' || text.charAt(j) == 'S')
                    && (j + 1 == n || !Character.isLetter(text.charAt(j + 1))) && !out.isEmpty()
                    && out.get(out.size() - 1).end() == i) {
                j++;
                out.add(new Token(i, j, text.substring(i, j), "'s", Script.PUNCT));
                i = j;
                continue;
            } else if (pluralPossessive(text, i, out)) {
                out.add(new Token(i, j, text.substring(i, j), "'s", Script.PUNCT));
                i = j;
                continue;
            } else {
                script = Script.PUNCT;
            }
            SeenWords.Entry word = SeenWords.of(text, i, j);
            out.add(new Token(i, j, word.surface(), word.norm(), script, word.word()));
            i = j;
        }
        return out;
    }

    /**
     * UTF-8 curly quotes read as Latin-1 (with their control bytes dropped) leave "â" where the mark was: "companyâs",
     * "âIt is". Scraped copies of news carry this often enough to read it as the mark it stands for.
     */
    private static final char MOJIBAKE_MARK = 'â';

    /** "â" glued after an ASCII letter, then "s" and a non-letter or no letter at all: "companyâs", "Edwardsâ". */
    private static boolean mojibakeMark(String text, int j) {
        if (text.charAt(j) != MOJIBAKE_MARK || text.charAt(j - 1) >= 0x80 || !Character.isLetter(text.charAt(j - 1))) {
            return false;
        }
        int next = j + 1 < text.length() && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S') ? j + 2 : j + 1;
        return next >= text.length() || !Character.isLetter(text.charAt(next));
    }

    /**
     * "Pilbara Minerals' chief", "Airbus’ CEO": an apostrophe glued to a capitalized word ending in "s", with a word after
     * a space, is the possessive "'s" that word's final "s" swallowed.
     */
    private static boolean pluralPossessive(String text, int i, List<Token> out) {
        char c = text.charAt(i);
        if ((c != '\'' && c != '’') || out.isEmpty() || i + 2 >= text.length() || text.charAt(i + 1) != ' '
                || !Character.isLowerCase(text.charAt(i + 2)) && !Character.isUpperCase(text.charAt(i + 2))) {
            return false;
        }
        Token before = out.get(out.size() - 1);
        return before.end() == i && before.capitalized() && before.norm().endsWith("s");
    }

    /**
     * "Dh143.98 million", "Rs100 crore", "EUR15m": the currency written glued to its sum is a word of its own, so that
     * the sum reads as money and the abbreviation never as a name.
     */
    private static boolean currencyBeforeNumber(String text, int i, int j) {
        if (j - i > 4 || text.charAt(j) < '0' || text.charAt(j) > '9') {
            return false;
        }
        String prefix = text.substring(i, j);
        if (prefix.equals("R")) {
            return randSum(text, j);
        }
        if (prefix.equals(SAUDI_RIYAL) || ISO_CODES.contains(prefix) && !GLUED_CODES.contains(prefix)) {
            return scaledSum(text, sumEnd(text, j));
        }
        return GLUED_CODES.contains(prefix) || CurrencyAbbreviations.code(prefix) != null;
    }

    /**
     * "R864 888 000", "R2.5 billion": the South African rand glued to a sum, told from model names (R5, R1250) by what
     * follows the digits — a group of three more after a space, or a word of scale.
     */
    private static boolean randSum(String text, int j) {
        int k = sumEnd(text, j);
        if (k + 3 < text.length() && text.charAt(k) == ' ' && Character.isDigit(text.charAt(k + 1))
                && Character.isDigit(text.charAt(k + 2)) && Character.isDigit(text.charAt(k + 3))
                && (k + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 4)))) {
            return true;
        }
        return scaledSum(text, k);
    }

    /** Where the digits of a sum starting at {@code j} end, its decimal point and group commas included. */
    private static int sumEnd(String text, int j) {
        int k = j;
        while (k < text.length() && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.' || text.charAt(k) == ',')) {
            k++;
        }
        return k;
    }

    /** Whether a word of scale follows the digits ending at {@code k}: "2.5 billion", "15bn", "40m". */
    private static boolean scaledSum(String text, int k) {
        String rest = text.substring(k, Math.min(text.length(), k + 9)).toLowerCase(Locale.ROOT).stripLeading();
        return rest.startsWith("million") || rest.startsWith("billion") || rest.startsWith("bn") || rest.startsWith("m ")
                || rest.startsWith("m.") || rest.startsWith("m,");
    }

    /**
     * Every ISO 4217 code the JDK knows: glued to a sum with a word of scale ("CNY15.7 billion", "NGN2bn") it is the
     * currency, where three capitals before bare digits are more often a model's name.
     */
    private static final Set<String> ISO_CODES = isoCodes();

    /** From the JDK's names as the build wrote them ({@link JdkNames}): no currency tables loaded at start-up. */
    private static Set<String> isoCodes() {
        Set<String> codes = new HashSet<>();
        for (JdkNames.CurrencyName c : JdkNames.get().currencies()) {
            codes.add(c.code());
        }
        return Set.copyOf(codes);
    }

    /** "SR1.1 billion": the Saudi press's riyal, read as one only before a sum with a word of scale (an SR20 is a model). */
    private static final String SAUDI_RIYAL = "SR";

    /** The ISO codes the press glues to a sum ("EUR15m"); other three capitals before digits are model names. */
    private static final Set<String> GLUED_CODES = Set.of("EUR", "USD", "GBP", "AED", "SAR", "INR", "QAR", "KWD", "EGP");

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '٫' || c == '٬';
    }

    /** Whether the Latin word goes on at {@code j}: an ASCII letter or digit answers on two compares. */
    private static boolean latinWordContinues(String text, int j) {
        char c = text.charAt(j);
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
        }
        return isLatinWordChar(c) && !mojibakeMark(text, j);
    }

    private static boolean isLatinWordChar(char c) {
        return (Character.isLetterOrDigit(c) && !TextNormalizer.isArabicLetter(c) && !TextNormalizer.isDigit(c))
                || (c >= '0' && c <= '9');
    }
}
