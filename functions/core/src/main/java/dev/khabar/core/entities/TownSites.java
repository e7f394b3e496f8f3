package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "its Ruston plant", "the Shreveport glass factory": a company's site named by the town it stands in. The town
 * is a place, and town and site noun together name the site (a facility of its own, with its own layoffs).
 */
final class TownSites {
    /** Singular nouns of a company's site ("other Acme plants" counts the company's sites, naming none). */
    private static final Set<String> SITE_NOUNS = WordSet.of("plant", "factory", "facility", "mill", "refinery",
            "smelter", "warehouse", "works", "foundry", "mine");
    /** "distribution centre", "assembly center": a centre is a site only after the word saying what it does. */
    private static final Set<String> CENTRES = WordSet.of("centre", "center");
    /** First words of towns' names of two words: "St. Johnsbury", "Fort Wayne", "New Ulm". */
    private static final Set<String> TOWN_OPENERS = WordSet.of("st", "ste", "mt", "ft", "fort", "port", "mount", "lake",
            "new", "north", "south", "east", "west", "san", "santa", "saint", "los", "las", "el", "al", "palm", "grand");
    /**
     * Nouns of works named by their own name, not a town's ("the Ruya project", "the Tamar offshore gas field"): they
     * make the run and the noun a facility, but tell nothing of the run being a place.
     */
    private static final Set<String> WORKS_NOUNS = WordSet.of("complex", "project", "field", "terminal");
    private static final Set<String> OWNERS = WordSet.of("its", "the", "their", "'s", "our");
    /** Words between the owner and the name at most: "the existing Ruston plant", "the $2 billion Tamar project". */
    private static final int MAX_DESCRIBERS = 4;
    /** Lower-case words between town and noun at most: "its Ruston area glass plant". */
    private static final int MAX_MODIFIERS = 2;

    private TownSites() {
    }

    /**
     * The end of the site's name when the capitalized run [i, end) is a town a site noun follows, or -1. The run is
     * one or two words after an owner ("its", "the", "the company's").
     */
    static int siteEnd(List<Token> tokens, int i, int end, int limit) {
        return siteEnd(tokens, i, end, limit, false);
    }

    /** {@link #siteEnd(List, int, int, int)}, works named by their own name too ("the Ruya project"). */
    static int namedSiteEnd(List<Token> tokens, int i, int end, int limit) {
        return siteEnd(tokens, i, end, limit, true);
    }

    private static int siteEnd(List<Token> tokens, int i, int end, int limit, boolean works) {
        if (!owned(tokens, i) || Cues.ORG_ENDINGS.contains(tokens.get(end - 1).norm())
                || (LatinTypes.words(tokens, i, end) > 1 && !TOWN_OPENERS.contains(tokens.get(i).norm()))) {
            return -1; // "the Kellam Glass plant": two words are a company's name unless a town's first word opens them
        }
        for (int k = end; k < Math.min(limit, end + MAX_MODIFIERS + 1); k++) {
            Token t = tokens.get(k);
            if (t.script() != Script.LATIN || t.capitalized()) {
                return -1;
            }
            if (SITE_NOUNS.contains(t.norm()) || (k > end && CENTRES.contains(t.norm()))) {
                return k + 1;
            }
            if (works && WORKS_NOUNS.contains(t.norm())) {
                return nounGoesOn(tokens, k + 1, limit) ? -1 : k + 1; // not "the Kestrel project management firm"
            }
            if (NameLexicon.isEnglishStop(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** Prepositions of place the stop words leave out, which end the works' name: "the Tarmeen complex near Yanbu". */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("near", "outside", "off", "beside", "along", "across",
            "south", "north", "east", "west");

    /** A lower-case word at {@code k} that is no function word: the noun before it only qualifies it. */
    private static boolean nounGoesOn(List<Token> tokens, int k, int limit) {
        if (k >= limit) {
            return false;
        }
        Token t = tokens.get(k);
        return t.script() == Script.LATIN && t.isWord() && !t.capitalized() && !NameLexicon.isEnglishStop(t)
                && !PLACE_PREPOSITIONS.contains(t.norm());
    }

    /**
     * An owner before the name at {@code i}, right before it or before lower-case words, figures and currency signs that
     * describe the site ("the existing", "the $2 billion").
     */
    private static boolean owned(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 1 - MAX_DESCRIBERS; k--) {
            Token t = tokens.get(k);
            if (OWNERS.contains(t.norm())) {
                return true;
            }
            boolean describer = t.script() == Script.NUMBER || t.is("$")
                    || t.script() == Script.LATIN && t.isWord() && !t.capitalized() && !NameLexicon.isEnglishStop(t);
            if (!describer) {
                return false;
            }
        }
        return false;
    }
}
