package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Company names of shapes a run of capitalized words misses: a number glued to letters opening the name ("10x
 * Genomics", "4Sight Analytics", "3D Systems"), and a coined word opening on a small prefix before a capital ("eToro",
 * "nCino"). Both are brand shapes; what looks like them and is none is a quantity with its unit ("20m", "5bn", "3rd")
 * or a common word on an electronic prefix ("eCommerce", "iGaming").
 */
final class ShapedNames {
    /** Letters glued to a number that make it a quantity, an ordinal or a time, not a name's opening. */
    private static final Set<String> UNITS = WordSet.of("m", "mn", "mln", "b", "bn", "bln", "k", "tn", "tr", "cr", "l",
            "st", "nd", "rd", "th", "km", "kg", "g", "mw", "gw", "kw", "kwh", "mwh", "gwh", "gb", "tb", "mb", "pm", "am",
            "h", "hr", "hrs", "s", "yr", "yrs", "mm", "cm", "ft", "sq", "pc", "pct");
    /** Common words written on an electronic or mobile prefix, which no company owns. */
    private static final Set<String> PREFIXED_COMMON = WordSet.of("ecommerce", "esports", "elearning", "ehealth",
            "mhealth", "igaming", "ebook", "ebooks", "email", "ewallet", "ewallets", "etailer", "ebike", "ebikes", "escooter",
            "escooters", "evisa", "egovernment", "epayment", "epayments", "einvoicing", "ecare", "etrading", "mcommerce",
            "ereader", "eticket", "eservices", "ekyc", "mbanking", "ebanking");

    private ShapedNames() {
    }

    /**
     * Where a name whose words start at {@code i} really starts: at the number glued to its first word ("4Sight
     * Analytics") or to the letters before it ("10x Genomics", "3D Systems"), else {@code i}. A multiplier ("a 10x
     * Return") or a unit ("5G Networks") is let in only before a word no dictionary holds, or a company's ending.
     */
    static int start(List<Token> tokens, int i, int end, int floor) {
        Token first = tokens.get(i);
        if (i - 1 >= floor && glued(tokens, i - 1) && tokens.get(i - 1).script() == Script.NUMBER && coined(first)) {
            return digitsAlone(tokens, i - 1, floor) ? i - 1 : i; // "4Sight", "9Fold"
        }
        if (i - 2 < floor || !glued(tokens, i - 2) || tokens.get(i - 2).script() != Script.NUMBER
                || tokens.get(i - 1).script() != Script.LATIN || tokens.get(i - 1).end() == first.start()
                || !digitsAlone(tokens, i - 2, floor)) {
            return i;
        }
        String letters = tokens.get(i - 1).norm();
        if (UNITS.contains(letters) || letters.length() > 3) {
            return i;
        }
        Token last = tokens.get(end - 1);
        boolean distinct = !CommonWords.isCommon(last.norm()) || Cues.ORG_ENDINGS.contains(last.norm());
        return distinct && !(letters.equals("x") && CommonWords.isCommon(first.norm()) && end - i == 1) ? i - 2 : i;
    }

    /** Whether token k and the one after it touch ("10" and "x" in "10x"). */
    private static boolean glued(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    /** A whole number of four digits at most standing free: not a sum ("$5m"), a decimal or a word's tail ("G7"). */
    private static boolean digitsAlone(List<Token> tokens, int k, int floor) {
        String digits = tokens.get(k).surface();
        if (digits.length() > 4) {
            return false;
        }
        for (int c = 0; c < digits.length(); c++) {
            if (!Character.isDigit(digits.charAt(c))) {
                return false;
            }
        }
        return k == floor || tokens.get(k - 1).end() < tokens.get(k).start();
    }

    /** "Sight" in "4Sight": a capitalized word of three letters or more with small letters after its capital. */
    private static boolean coined(Token t) {
        String s = t.surface();
        return t.script() == Script.LATIN && s.length() >= 3 && Character.isUpperCase(s.charAt(0))
                && Character.isLowerCase(s.charAt(s.length() - 1));
    }

    /**
     * "eToro", "nCino", "iLumen": one or two small letters, a capital, then small letters again, with no common word
     * after the prefix ("eCommerce", "iRobot" read as a word are left alone).
     */
    static boolean smallPrefixed(Token t) {
        String s = t.surface();
        if (t.script() != Script.LATIN || s.length() < 4 || !Character.isLowerCase(s.charAt(0))) {
            return false;
        }
        int capital = Character.isUpperCase(s.charAt(1)) ? 1 : Character.isUpperCase(s.charAt(2)) && Character.isLowerCase(s.charAt(1)) ? 2 : -1;
        if (capital < 0 || !Character.isLowerCase(s.charAt(capital + 1)) || PREFIXED_COMMON.contains(t.norm())) {
            return false;
        }
        for (int c = capital + 1; c < s.length(); c++) {
            if (!Character.isLetter(s.charAt(c))) {
                return false;
            }
        }
        return !CommonWords.isCommon(t.norm().substring(capital));
    }
}
