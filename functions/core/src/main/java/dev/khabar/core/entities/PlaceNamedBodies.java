package dev.khabar.core.entities;

import dev.khabar.core.dates.DayNames;
import dev.khabar.core.dates.MonthNames;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "Digital Dubai", "Invest India", "Air Arabia", "Enterprise Ireland": one capitalized word before a known place
 * names a body or a company of that place, not the place. A word that only locates a part of the place ("Downtown
 * Dubai", "Greater London"), a preposition or adverb capitalized to open a sentence ("Outside Dubai, …"), or a
 * word after "in", "across" (where a place is meant) does not.
 */
final class PlaceNamedBodies {
    /** Words that name a part or an age of a place: the two words together are a place still. */
    private static final Set<String> PLACE_PARTS = WordSet.of("greater", "old", "new", "downtown", "uptown", "rural",
            "urban", "upper", "lower", "inner", "outer", "central", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "northeast", "northwest", "southeast", "southwest", "metro", "metropolitan", "historic",
            "modern", "ancient", "mainland", "coastal", "suburban", "tropical", "medieval", "colonial", "independent",
            "free", "united", "all", "whole", "entire", "today", "tomorrow", "post", "pre");
    /** Words before which the place is where something is or goes: "based in Smart City Dubai" is not meant. */
    private static final Set<String> LOCATIVES = WordSet.of("in", "across", "throughout", "around", "near", "into", "to",
            "from", "within", "outside", "inside", "towards", "toward", "via", "through", "between", "beyond");
    /** Prepositions, conjunctions and adverbs that a sentence capitalizes when it opens on them. */
    private static final Set<String> OPENERS = WordSet.of("outside", "inside", "within", "across", "unlike", "like",
            "beyond", "besides", "throughout", "around", "near", "towards", "amid", "despite", "after", "before",
            "since", "until", "while", "when", "as", "once", "if", "though", "although", "because", "unless", "whereas",
            "yet", "so", "still", "even", "only", "just", "meanwhile", "today", "yesterday", "tomorrow", "now", "then",
            "here", "there", "last", "next", "this", "that", "every", "each", "some", "most", "many", "few", "more", "less",
            "welcome", "dear", "visiting", "leaving", "beating", "rejoining", "joining");

    private PlaceNamedBodies() {
    }

    /**
     * The end of the body's name when the one-word run [i, end) and the place right after it form one, else {@code end};
     * the place is then dropped, the longer name taking its tokens.
     */
    static int end(List<Token> tokens, int i, int end, Sentence s, MentionSink sink) {
        if (end - i != 1 || end >= s.endToken() || !sink.placeAt(end) || tokens.get(end).start() != tokens.get(i).end() + 1) {
            return end;
        }
        Mention place = sink.at(end);
        Token word = tokens.get(i);
        String n = word.norm();
        if (place == null || place.startToken() != end || place.endToken() - end > 3 || word.script() != Script.LATIN
                || word.surface().length() < 3 || !Character.isLowerCase(word.surface().charAt(1))
                || PLACE_PARTS.contains(n) || OPENERS.contains(n) || n.endsWith("ly") || n.endsWith("ing") || n.endsWith("ed")
                || NameLexicon.isEnglishStop(word) || NameLexicon.isEnglishTitle(word) || MonthNames.month(n) != null
                || DayNames.day(n) != null || CommonWords.afterLeadingModifiers(tokens, i, end) > i
                || i > s.firstToken() && LOCATIVES.contains(tokens.get(i - 1).norm())
                || place.endToken() < s.endToken() && tokens.get(place.endToken()).is("-")) {
            return end; // "Dubai-based", "Smart Dubai-Abu Dhabi": the place describes something else
        }
        sink.dropPlacesIn(end, place.endToken());
        return place.endToken();
    }
}
