package dev.khabar.core.entities;

import dev.khabar.core.dates.MonthNames;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole text says about its capitalized words, gathered in one pass before names are cut: which words stand
 * alone as names inside sentences, which "A and B" pairs are one name, and which names the text shows to be places.
 */
record LatinContext(Set<String> aloneUnquoted, Set<String> aloneAfterQuote, Set<String> andNames, Set<String> places,
                    Set<String> speakers, boolean[] headlines) {
    /** Verbs of speech: a lone capitalized word that says something is a person's surname ("Perret said"). */
    private static final Set<String> SPEECH = WordSet.of("said", "says", "told", "added", "explained", "noted", "wrote",
            "recalled", "argued");
    /** Words a place follows with "in": "based in X", and the sites a company has there ("operations in X", "a plant in X"). */
    private static final Set<String> PLACE_INTRODUCERS = WordSet.of("headquartered", "headquarters", "based", "located",
            "operations", "offices", "office", "plant", "plants", "factory", "factories", "facility", "facilities", "site",
            "sites", "manufactured", "produced", "built");
    private static final Set<String> PLACE_NOUNS = WordSet.of("city", "town", "village", "province", "state", "county");
    /** Kinds of region written small after the region's name: "the Eastern Cape province", "the Mena region". */
    private static final Set<String> REGION_KINDS = WordSet.of("province", "region", "district", "county", "governorate",
            "emirate", "prefecture", "municipality", "state");
    private static final Set<String> DASHES = Set.of("-", "—", "–", "--");

    /** Verbs that keep a seat where it is, between "headquarters" and "in": "will remain", "is", "will stay". */
    private static final Set<String> SEAT_KEPT = WordSet.of("is", "are", "was", "will", "would", "be", "remain", "remains",
            "stay", "stays", "still");

    /** "headquarters will remain" ending at {@code k}: verbs keeping the seat, back to the word "headquarters". */
    private static boolean seatKeptBefore(List<Token> tokens, int k, Sentence s) {
        int j = k;
        while (j > s.firstToken() && k - j < 3 && SEAT_KEPT.contains(tokens.get(j).norm())) {
            j--;
        }
        return j < k && tokens.get(j).is("headquarters");
    }

    /** "a plant in X", "based in X", and a named site's town: "Kestrel Park in X", "its research centre in X". */
    private static boolean introducesPlace(Token before) {
        return PLACE_INTRODUCERS.contains(before.norm()) || Cues.FACILITY_ENDINGS.contains(before.norm());
    }

    /**
     * Whether the text uses the capitalized word alone inside a sentence; right after a quotation mark it counts only
     * if it is not a common word («said: “Bringing …»: capitalized as an opener, not as a name). Asked here, when a
     * rule wants to know, not while gathering: the common-words list is read on its first question, and the rules that
     * ask never run on an Arabic sentence, whose quoted Latin names ("“OpenAI”") would otherwise read it.
     */
    boolean alone(String word) {
        return aloneUnquoted.contains(word) || (aloneAfterQuote.contains(word) && !CommonWords.isCommon(word));
    }

    /** Whether sentence {@code k} is in title case ({@link CommonWords#headlineCase}), found while gathering. */
    boolean headline(int k) {
        return headlines[k];
    }

    static LatinContext of(List<Token> tokens, List<Sentence> sentences, int titleSentences) {
        Set<String> aloneUnquoted = new HashSet<>();
        Set<String> aloneAfterQuote = new HashSet<>();
        Map<String, Integer> pairs = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        Set<String> places = new HashSet<>();
        Set<String> speakers = new HashSet<>();
        boolean[] headlines = new boolean[sentences.size()];
        for (int k = titleSentences; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            int first = s.firstToken();
            while (first < s.endToken() && !tokens.get(first).isWord()) {
                first++;
            }
            boolean headline = CommonWords.headlineCase(tokens, s); // every word is capitalized there: no evidence
            headlines[k] = headline;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (!t.capitalized()) {
                    continue;
                }
                Integer seen = words.get(t.norm()); // not merge's lambda: the first document pays its class
                words.put(t.norm(), seen == null ? 1 : seen + 1);
                boolean before = i > s.firstToken() && capitalizedWord(tokens.get(i - 1));
                boolean after = i + 1 < s.endToken() && capitalizedWord(tokens.get(i + 1));
                if (i > first && !before && !after && !headline) {
                    // after a quote mark or a colon a word opens a clause, so capitals there prove no name
                    boolean opens = i > s.firstToken() && (Cues.isQuote(tokens.get(i - 1).surface()) || tokens.get(i - 1).is(":"));
                    (opens ? aloneAfterQuote : aloneUnquoted).add(t.norm());
                }
                if (!before && !after && ((i + 1 < s.endToken() && SPEECH.contains(tokens.get(i + 1).norm()))
                        || (i > s.firstToken() && SPEECH.contains(tokens.get(i - 1).norm())))) {
                    speakers.add(t.norm()); // "Perret said", ", said Perret."
                }
                if (i + 2 < s.endToken() && tokens.get(i + 1).is("and") && capitalizedWord(tokens.get(i + 2)) && !before
                        && !(i + 3 < s.endToken() && capitalizedWord(tokens.get(i + 3)))) {
                    String pair = t.norm() + " and " + tokens.get(i + 2).norm();
                    Integer together = pairs.get(pair);
                    pairs.put(pair, together == null ? 1 : together + 1);
                }
                placeStatement(tokens, i, s, places);
            }
        }
        Set<String> andNames = new HashSet<>();
        for (Map.Entry<String, Integer> counted : pairs.entrySet()) {
            String pair = counted.getKey();
            Integer n = counted.getValue();
            String a = pair.substring(0, pair.indexOf(' '));
            if (n >= 2 && words.getOrDefault(a, 0).equals(n) && Gazetteer.get().byName(a) == null) {
                andNames.add(pair); // "Plug and Play" every time, never "Plug" alone
            }
        }
        return new LatinContext(aloneUnquoted, aloneAfterQuote, andNames, places, speakers, headlines);
    }

    /**
     * "MOLINE (Reuters) -", "HOUSTON (AP) —": a wire story opens on its town in capitals, then the agency in
     * brackets and a dash.
     */
    private static boolean dateline(List<Token> tokens, int i, int end, Sentence s) {
        if (i != s.firstToken()) {
            return false;
        }
        for (int k = i; k < end; k++) {
            String w = tokens.get(k).surface();
            if (w.length() < 3 || !TextNormalizer.allUpperCase(w)) {
                return false;
            }
        }
        if (end >= s.endToken() || !tokens.get(end).is("(")) {
            return false;
        }
        for (int k = end + 1; k < Math.min(s.endToken() - 1, end + 6); k++) {
            if (tokens.get(k).is(")")) {
                return DASHES.contains(tokens.get(k + 1).surface());
            }
        }
        return false;
    }

    private static boolean capitalizedWord(Token t) {
        return t.capitalized() && !NameLexicon.isEnglishStop(t);
    }

    /**
     * "Sunnyvale, California", "headquartered in Hangzhou", "the city of Leeds", "Scranton City Hall": the capitalized
     * word at {@code i} (with the capitalized words right after it) is a place.
     */
    private static void placeStatement(List<Token> tokens, int i, Sentence s, Set<String> places) {
        if (i > s.firstToken() && capitalizedWord(tokens.get(i - 1))) {
            return;
        }
        int end = i;
        while (end < s.endToken() && end < i + 3 && capitalizedWord(tokens.get(end)) && !tokens.get(end).is("city")) {
            end++;
        }
        if (end == i || Gazetteer.get().match(tokens, i, end) != null) {
            return;
        }
        boolean place = false;
        if (end + 1 < s.endToken() && tokens.get(end).is(",")) {
            Gazetteer.Match m = Gazetteer.get().match(tokens, end + 1, s.endToken());
            place = m != null && m.entry().type() == EntityType.LOCATION
                    && !(m.endToken() < s.endToken() && tokens.get(m.endToken()).is("'s"));
        }
        if (i >= s.firstToken() + 2 && tokens.get(i - 1).is("in") && introducesPlace(tokens.get(i - 2))
                && MonthNames.month(tokens.get(i).norm()) == null) {
            place = true;
            int next = end + 1; // "operations in Fort Washington and Wilmington": the place joined by "and" too
            if (next < s.endToken() && tokens.get(end).is("and") && capitalizedWord(tokens.get(next))
                    && Gazetteer.get().match(tokens, next, s.endToken()) == null && MonthNames.month(tokens.get(next).norm()) == null) {
                places.add(EntityResolver.fold(LatinTypes.span(tokens, next, next + 1)));
            }
        }
        if (i >= s.firstToken() + 2 && tokens.get(i - 1).is("in") && seatKeptBefore(tokens, i - 2, s)
                && MonthNames.month(tokens.get(i).norm()) == null) {
            place = true; // "its headquarters will remain in Tampere"
        }
        if (i >= s.firstToken() + 2 && tokens.get(i - 1).is("of") && PLACE_NOUNS.contains(tokens.get(i - 2).norm())
                && !tokens.get(i - 2).capitalized()) {
            place = true;
        }
        if (end < s.endToken() && REGION_KINDS.contains(tokens.get(end).norm()) && !tokens.get(end).capitalized()
                && !(end + 1 < s.endToken() && tokens.get(end + 1).is("-"))) {
            place = true; // "in the Eastern Cape province", "Hosur district"
        }
        if (end + 1 < s.endToken() && tokens.get(end).is("city") && tokens.get(end).capitalized()
                && (tokens.get(end + 1).is("hall") || tokens.get(end + 1).is("council"))) {
            place = true;
        }
        place |= dateline(tokens, i, end, s) || TownSites.siteEnd(tokens, i, end, s.endToken()) > end;
        if (place && tokens.get(i).script() == Script.LATIN) {
            places.add(EntityResolver.fold(LatinTypes.span(tokens, i, end)));
        }
    }
}
