package dev.khabar.core.text;

import dev.khabar.core.lexicon.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentences end at . ! ? ؟ (and any closing quote right after) followed by a space or a line end (so "14.3" and "U.S." inside a sentence do not split),
 * and at line breaks (a headline or a list item is a sentence of its own).
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "prof", "inc", "corp", "ltd",
            "co", "bros", "pvt", "pte", "st", "jr", "sr", "vs", "no", "gen", "gov", "sen", "rep", "jan", "feb", "aug", "sept", "oct", "nov",
            "dec", "u.s", "u.k", "e.g", "i.e");

    private static final String CLOSERS = "\"'”’»)";

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        int tokenCursor = 0;
        while (start < n) {
            int end = -1;
            int next = -1;
            for (i = start; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    end = i;
                    next = i + 1;
                    break;
                }
                if (c == '.' || c == '!' || c == '?' || c == '؟') {
                    int after = i + 1;
                    while (after < n && CLOSERS.indexOf(text.charAt(after)) >= 0) {
                        after++; // '… customers."' ends with its quote
                    }
                    if ((after == n || Character.isWhitespace(text.charAt(after)) || gluedArabic(text, i, after)
                            || gluedLatin(text, i, after))
                            && !(c == '.' && (isAbbreviation(text, i) || shortCapitalBeforeLowercase(text, i, after)
                            || spelledLetters(text, i, after)))) {
                        end = after;
                        next = after;
                        break;
                    }
                }
            }
            if (end < 0) {
                end = n;
                next = n;
            }
            int trimmedEnd = end;
            while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
                trimmedEnd--;
            }
            if (trimmedEnd > start) {
                while (tokenCursor < tokens.size() && tokens.get(tokenCursor).start() < start) {
                    tokenCursor++;
                }
                int first = tokenCursor;
                while (tokenCursor < tokens.size() && tokens.get(tokenCursor).end() <= trimmedEnd) {
                    tokenCursor++;
                }
                if (tokenCursor > first) { // a run of direction marks (U+200F) after the last stop is no sentence
                    out.add(new Sentence(out.size(), start, trimmedEnd, first, tokenCursor));
                }
            }
            start = skipSpace(text, next);
        }
        return out;
    }

    /**
     * "worth 900 Cr. with", "Mgr. of": a short capitalized word's period followed by a lowercase word abbreviates the
     * word; a sentence never opens in lowercase.
     */
    private static boolean shortCapitalBeforeLowercase(String text, int dot, int after) {
        int k = after;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k == after || k >= text.length() || !Character.isLowerCase(text.charAt(k)) || text.charAt(k) > 'z') {
            return false;
        }
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return dot - b >= 2 && dot - b <= 3 && Character.isUpperCase(text.charAt(b))
                && (b == 0 || Character.isWhitespace(text.charAt(b - 1)));
    }

    /** "miss him.”Mr. Roe", "grew.The rest": a lowercase word, the stop (and a closing quote), then a capital. */
    private static boolean gluedLatin(String text, int dot, int after) {
        if (after >= text.length() || dot < 2 || !Character.isUpperCase(text.charAt(after))
                || !Character.isLowerCase(text.charAt(dot - 1))) {
            return false;
        }
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return dot - b >= 2 && Character.isLowerCase(text.charAt(b)) && (b == 0 || Character.isWhitespace(text.charAt(b - 1)));
    }

    /**
     * «… جون كرايان.وذكر البنك»: Arabic text copied from the web often loses the space after a full stop; a stop between
     * Arabic words ends the sentence unless it closes a one-letter abbreviation (د. for doctor, م. for engineer).
     */
    private static boolean gluedArabic(String text, int dot, int after) {
        return after == dot + 1 && after < text.length() && dot >= 2 && TextNormalizer.isArabicLetter(text.charAt(after))
                && TextNormalizer.isArabicLetter(text.charAt(dot - 1)) && TextNormalizer.isArabicLetter(text.charAt(dot - 2));
    }

    /** A stop between two Latin letters spelled in Arabic («بي. إل. سي») abbreviates, and ends no sentence. */
    private static boolean spelledLetters(String text, int dot, int after) {
        int b = dot;
        while (b > 0 && TextNormalizer.isArabicLetter(text.charAt(b - 1))) {
            b--;
        }
        int k = skipSpace(text, after);
        int e = k;
        while (e < text.length() && TextNormalizer.isArabicLetter(text.charAt(e))) {
            e++;
        }
        return b < dot && e > k && ArabicLetterNames.is(TextNormalizer.normalize(text.substring(b, dot)))
                && ArabicLetterNames.is(TextNormalizer.normalize(text.substring(k, e)));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Capital letters joined by periods: "J.P", "A.B.C". */
    private static boolean initials(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (k % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** A period after a known abbreviation or a single capital letter (U.S., J. Smith) does not end a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (initials(word)) {
            return true; // "J.P. Morgan", "A.B. Carter Construction"
        }
        return ABBREVIATIONS.contains(word.toLowerCase()) || NameAbbreviations.contains(word.toLowerCase());
    }
}
