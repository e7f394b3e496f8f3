package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordCache;
import dev.khabar.core.text.WordFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Known organizations, people, products and places with their Arabic and English names (resources gazetteer/*.tsv;
 * countries from the JDK's CLDR names, see JdkNames). Names are indexed by their first folded token, so a lookup costs one
 * search per reading of a token, whatever the size of the gazetteer. The index is built from the sources at build time
 * ({@link GazetteerSources}) and searched in the resource {@link GazetteerIndex} reads, which decodes only the names a
 * document asks for; the answers are kept here, as the rules ask them of nearly every token.
 */
public final class Gazetteer {
    /**
     * One spelling of an entry: folded tokens; an all-capitals Latin spelling (SAP, US) or a news-style abbreviation
     * (Md.) must match case too.
     */
    record Alias(String[] tokens, String exactSurface, char firstChar, GazetteerEntry entry) {
    }

    /** A match at a token: the entry, the token after the name and the clitic-free reading of the first token. */
    public record Match(GazetteerEntry entry, int endToken, String firstReading) {
    }

    /** A word no name starts with, as kept in {@link #starts}. */
    private static final List<Alias> NO_NAMES = List.of();

    /**
     * Whether no name starts with the word (with any clitic reading): the entity finders ask it of every token, and of
     * most the answer is no name, so it is kept in the word's record ({@link WordFlags}). Only for the gazetteer of
     * {@link #get}: a flag of a word is one answer, and other gazetteers (built over other indexes) may differ.
     */
    private static final long STARTS_NO_NAME = WordFlags.newFlag();

    private final GazetteerIndex index;
    private final boolean shared;
    private final WordCache<List<Alias>> starts = new WordCache<>();
    private final WordCache<Boolean> placeWords = new WordCache<>();

    Gazetteer(GazetteerIndex index) {
        this(index, false);
    }

    private Gazetteer(GazetteerIndex index, boolean shared) {
        this.index = index;
        this.shared = shared;
    }

    /** Apart from the class, so that building a gazetteer from its sources at build time never reads the index. */
    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(index(), true);

        private static GazetteerIndex index() {
            GazetteerIndex written = GazetteerIndex.resourceOrNull();
            return written != null ? written : GazetteerIndex.of(GazetteerSources.build());
        }
    }

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** The spellings starting with a folded token, or null. */
    private List<Alias> startingWith(String first) {
        List<Alias> known = starts.get(first);
        if (known == null) {
            List<Alias> found = index.aliases(first);
            known = starts.remember(first, found == null ? NO_NAMES : found);
        }
        return known.isEmpty() ? null : known;
    }

    /** Whether a folded Arabic word is the one-word name of a known place. */
    public boolean isPlaceWord(String folded) {
        Boolean known = placeWords.get(folded);
        if (known == null) {
            known = placeWords.remember(folded, index.isPlaceWord(folded));
        }
        return known;
    }

    /** ISO 3166 code when the entry is a country, else null. */
    public String countryCode(GazetteerEntry entry) {
        return index.countryCode(entry);
    }

    /** The entry whose name or alias is exactly {@code name} (case-insensitive), or null. */
    public GazetteerEntry byName(String name) {
        return index.byName(name.toLowerCase(Locale.ROOT));
    }

    /** The longest known name starting at token i (before {@code limit}), or null. */
    public Match match(List<Token> tokens, int i, int limit) {
        Token first = tokens.get(i);
        if (!first.isWord() && first.script() != Script.NUMBER || shared && startsNoName(first)) {
            return null;
        }
        if (first.script() == Script.ARABIC) {
            return arabicMatch(tokens, i, limit, arabicStart(first.norm()));
        }
        List<Alias> candidates = startingWith(first.norm());
        return candidates == null ? null : longest(tokens, i, limit, first.norm(), candidates, null);
    }

    private boolean startsNoName(Token first) {
        WordFlags.Word word = first.word();
        if (word.known(STARTS_NO_NAME)) {
            return word.is(STARTS_NO_NAME);
        }
        if (first.script() != Script.ARABIC) {
            return word.set(STARTS_NO_NAME, startingWith(first.norm()) == null);
        }
        ArabicStart start = arabicStart(first.norm());
        return word.set(STARTS_NO_NAME, start.readings().isEmpty() && start.bare().isEmpty());
    }

    private static Match longest(List<Token> tokens, int i, int limit, String reading, List<Alias> candidates, Match best) {
        for (Alias alias : candidates) {
            int end = matchRest(tokens, i, limit, alias);
            if (end > 0 && (best == null || end > best.endToken())) {
                best = new Match(alias.entry(), end, reading);
            }
        }
        return best;
    }

    private static Match arabicMatch(List<Token> tokens, int i, int limit, ArabicStart start) {
        Match best = null;
        for (int r = 0; r < start.readings().size(); r++) {
            best = longest(tokens, i, limit, start.readings().get(r), start.names().get(r), best);
        }
        return best != null ? best : definiteProduct(tokens, i, limit, start);
    }

    /**
     * The names an Arabic first word can start, by folded word: its readings (clitics off) that names start with, and
     * its readings without the article that names start with. A lookup asked of nearly every Arabic token, several
     * times each; news vocabulary is finite, so the cache stops at a bound.
     */
    private record ArabicStart(List<String> readings, List<List<Alias>> names, List<String> bare, List<List<Alias>> bareNames) {
    }

    private final WordCache<ArabicStart> arabicStarts = new WordCache<>();

    /**
     * The clitic readings of a word, and for one opening with لل the preposition ل before a name that opens with ل
     * («للبنان», «للندن»): the readings read لل as ل + the article only.
     */
    private static List<String> readings(String norm) {
        String written = Clitics.withoutConjunction(norm);
        if (NumberReader.scaleWord(written)) {
            return List.of(norm); // «بليون», "billion": no ب before Lyon
        }
        if (!written.startsWith("لل") || written.length() < 5) {
            return Clitics.readings(norm);
        }
        List<String> out = new ArrayList<>(Clitics.readings(norm));
        out.add(written.substring(1));
        return out;
    }

    private ArabicStart arabicStart(String norm) {
        ArabicStart cached = arabicStarts.get(norm);
        if (cached != null) {
            return cached;
        }
        List<String> readings = new ArrayList<>(2);
        List<List<Alias>> names = new ArrayList<>(2);
        List<String> bare = new ArrayList<>(1);
        List<List<Alias>> bareNames = new ArrayList<>(1);
        for (String reading : readings(norm)) {
            List<Alias> candidates = startingWith(reading);
            if (candidates != null) {
                readings.add(reading);
                names.add(candidates);
            }
            List<Alias> bareCandidates = reading.startsWith("ال") && reading.length() >= 5 ? startingWith(reading.substring(2)) : null;
            if (bareCandidates != null) {
                bare.add(reading.substring(2));
                bareNames.add(bareCandidates);
            }
        }
        return arabicStarts.remember(norm, new ArabicStart(readings, names, bare, bareNames));
    }

    /** «الآيفون», «الإكس بوكس»: Arabic puts its article on a foreign product's name; the name is the product's. */
    private static Match definiteProduct(List<Token> tokens, int i, int limit, ArabicStart start) {
        for (int r = 0; r < start.bare().size(); r++) {
            for (Alias alias : start.bareNames().get(r)) {
                int end = alias.entry().type() == EntityType.PRODUCT ? matchRest(tokens, i, limit, alias) : -1;
                if (end > 0) {
                    return new Match(alias.entry(), end, start.bare().get(r));
                }
            }
        }
        return null;
    }

    private static int matchRest(List<Token> tokens, int i, int limit, Alias alias) {
        String[] want = alias.tokens();
        if (i + want.length > limit) {
            return -1;
        }
        Token first = tokens.get(i);
        if (first.script() == Script.LATIN && !Character.isUpperCase(first.surface().charAt(0))
                && Character.isUpperCase(aliasFirstChar(alias))) {
            return -1; // "apple", "meta" in running English text are words, not the companies
        }
        for (int k = 1; k < want.length; k++) {
            Token t = tokens.get(i + k);
            if (!t.norm().equals(want[k]) && !(k == want.length - 1 && k >= 3 && t.norm().startsWith(want[k])
                    && t.norm().length() == want[k].length() + 1)) {
                return -1; // the last word of a long name may carry one stray letter (a typo such as الصغرة)
            }
            if (t.start() > tokens.get(i + k - 1).end() + 2 && t.script() == Script.PUNCT) {
                return -1;
            }
        }
        if (alias.exactSurface() != null) {
            int end = i + want.length;
            String surface = joinSurface(tokens, i, end);
            if (!surface.replace(" ", "").equals(alias.exactSurface().replace(" ", ""))) {
                return -1;
            }
        }
        return i + want.length;
    }

    private static char aliasFirstChar(Alias alias) {
        return alias.firstChar();
    }

    private static String joinSurface(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(tokens.get(k).surface());
        }
        return sb.toString();
    }
}
