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
            "new", "north", "south", "east", "west", "san", "santa", "saint", "los", "las", "el", "palm", "grand");
    private static final Set<String> OWNERS = WordSet.of("its", "the", "their", "'s", "our");
    /** Lower-case words between town and noun at most: "its Ruston area glass plant". */
    private static final int MAX_MODIFIERS = 2;

    private TownSites() {
    }

    /**
     * The end of the site's name when the capitalized run [i, end) is a town a site noun follows, or -1. The run is
     * one or two words after an owner ("its", "the", "the company's").
     */
    static int siteEnd(List<Token> tokens, int i, int end, int limit) {
        if (i == 0 || !OWNERS.contains(tokens.get(i - 1).norm()) || Cues.ORG_ENDINGS.contains(tokens.get(end - 1).norm())
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
            if (NameLexicon.isEnglishStop(t)) {
                return -1;
            }
        }
        return -1;
    }
}
