package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "500 Megawatts", "18 Terabytes per second", "3 Million Barrels": a unit of measure after a number is capitalized in
 * title case and some house styles, yet names nothing.
 */
final class Measures {
    /** A unit with an optional metric prefix, in the singular or plural, and "-hour" for energy ("Gigawatt-hours"). */
    private static final Pattern UNIT = Pattern.compile("(kilo|mega|giga|tera|peta|exa|milli|micro|nano)?"
            + "(watt|byte|bit|metre|meter|gram|hertz|joule|litre|liter|tonne|ton|barrel|mile|acre|hectare|foot|feet"
            + "|inch|pound|ounce|gallon)(s|es)?(-hours?)?");
    /** Scales that may stand between the number and its unit. */
    private static final Set<String> SCALES = WordSet.of("hundred", "thousand", "million", "billion", "trillion");

    private Measures() {
    }

    /**
     * Whether the word at {@code i} is a scale or a unit counted by the number before it, at or after {@code floor},
     * in a sentence ending before {@code limit}.
     */
    static boolean afterNumber(List<Token> tokens, int i, int floor, int limit) {
        int k = i - 1;
        if (k > floor && SCALES.contains(tokens.get(k).norm())) {
            k--; // "3 Million Barrels"
        }
        if (k < floor || tokens.get(k).script() != Script.NUMBER || year(tokens.get(k))) {
            return false; // "In 2021 Watts joined Acme": a year counts no unit, the name after it is a subject
        }
        if (i + 1 < limit && tokens.get(i + 1).capitalized() && !unit(tokens.get(i + 1))) {
            return false; // "in 2021 Watts Logistics bought": a name that opens with a unit's word
        }
        String word = tokens.get(i).norm();
        return UNIT.matcher(word).matches() || k == i - 1 && SCALES.contains(word);
    }

    /** A year of this or the last century ("2021"), which counts no unit. */
    private static boolean year(Token t) {
        String n = t.norm();
        return n.length() == 4 && (n.startsWith("19") || n.startsWith("20")) && Character.isDigit(n.charAt(2))
                && Character.isDigit(n.charAt(3));
    }

    private static boolean unit(Token t) {
        return UNIT.matcher(t.norm()).matches();
    }
}
