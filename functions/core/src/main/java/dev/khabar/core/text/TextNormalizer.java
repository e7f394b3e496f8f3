package dev.khabar.core.text;

/**
 * Folds the spelling variants of Arabic and Latin text to one matching form: diacritics and tatweel dropped,
 * alef/ya/ta-marbuta variants unified, Arabic-Indic digits and separators to ASCII, Latin lowercased.
 * One char in, at most one char out, so offsets of a normalized token still line up with its surface.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The folded form of one char, or 0 when the char carries no letter (diacritic, tatweel). */
    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
            return 0;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> { return 'ا'; }
            case 'ى', 'ی' -> { return 'ي'; } // ی: the Persian keyboard's ya, typed into Arabic news
            case 'ک' -> { return 'ك'; }
            case 'ھ' -> { return 'ه'; }
            case 'ڤ' -> { return 'ف'; } // the v of foreign names (ڤولفو), which most writers spell with ف
            case 'ة' -> { return 'ه'; }
            case 'ؤ' -> { return 'و'; }
            case '٫' -> { return '.'; }
            case '٬' -> { return ','; }
            case '’', '‘', 'ʼ' -> { return '\''; }
            default -> {
            }
        }
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + (c - '٠'));
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + (c - '۰'));
        }
        return Character.toLowerCase(c);
    }

    /** The folded form of a string. */
    public static String normalize(CharSequence s) {
        int i = 0;
        while (i < s.length() && fold(s.charAt(i)) == s.charAt(i)) {
            i++;
        }
        if (i == s.length()) {
            return s.toString(); // most words are already folded: no copy
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != 0) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /** Folded form with whitespace runs collapsed, for multi-word lexicon keys. */
    public static String normalizePhrase(String s) {
        return collapseSpaces(normalize(s).trim());
    }

    /**
     * Each run of the whitespace regex's {@code \\s} (space, tab, line feed, vertical tab, form feed, carriage return)
     * as one space, as {@code replaceAll("\\s+", " ")} would, without compiling a pattern per call: lexicons fold
     * thousands of words at class initialization, most with no space to collapse.
     */
    static String collapseSpaces(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isRegexSpace(s.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u0640'
                || (c >= '\u064B' && c <= '\u0652') || c == '\u0670';
    }

    /** Whether every char is an upper-case letter ("NASA", "MOLINE"); a loop, not a stream: rules ask it on the first document. */
    public static boolean allUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹');
    }
}
