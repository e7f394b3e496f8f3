package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists that tell names from other words: given names, stop words, English title words. */
public final class NameLexicon {
    /** folded Arabic given name → Latin spelling */
    private static final Map<String, String> ARABIC_GIVEN = new HashMap<>();
    /** The first words of the given names written in two words («نور» of «نور الدين», «عبد» of «عبد العزيز»). */
    private static final Set<String> COMPOUND_OPENINGS = new HashSet<>();
    /** asked of every capitalized word: a {@link WordSet}, whose misses are cheap */
    private static final Set<String> LATIN_GIVEN;
    /** folded English short form of a given name → the folded given names it shortens (Dave → david) */
    private static final Map<String, String[]> SHORT_GIVEN = new HashMap<>();
    private static final String[] NO_NAMES = new String[0];
    private static final Set<String> ARABIC_STOP = Lexicon.foldedWords("/lexicon/stopwords-ar.txt");
    private static final Set<String> ENGLISH_STOP = Lexicon.foldedWords("/lexicon/stopwords-en.txt");
    private static final Set<String> ENGLISH_TITLES = Lexicon.foldedWords("/lexicon/titles-en.txt");
    /** The adjectives that form a compound noun of nationality with -man/-woman (Welshman, but "a Romanian"). */
    private static final Set<String> DEMONYM_NOUN_STEMS = WordSet.of("irish", "french", "english", "dutch", "welsh", "scots",
            "cornish", "manx");
    private static final List<String> PERSON_ENDINGS = List.of("woman", "women", "man", "men");
    private static final Set<String> TITLE_HEADS = WordSet.of("ceo", "cmd", "md", "cto", "cfo", "coo", "cpo", "cmo", "cio", "cso", "svp",
            "evp", "vp", "chief", "executive", "executives", "officer", "president", "vice", "senior", "head", "director",
            "managing", "manager", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chairperson", "chair", "engineer",
            "researcher", "scientist", "analyst", "counsel", "spokesperson", "spokesman", "spokeswoman", "minister",
            "secretary", "undersecretary", "governor", "deputy", "assistant", "associate", "principal", "fellow", "lead");

    /**
     * The three questions the Latin name rules ask of nearly every capitalized token, several times each: answered once
     * per word into the token's record ({@link WordFlags}), so asking a token again tests a bit.
     */
    private static final long ENGLISH_STOP_WORD = WordFlags.newFlag();
    private static final long LATIN_GIVEN_NAME = WordFlags.newFlag();
    private static final long ENGLISH_TITLE = WordFlags.newFlag();

    static {
        Set<String> latinGiven = new LinkedHashSet<>();
        for (String[] row : Lexicon.rows("/lexicon/first-names.tsv", 2)) {
            if (!row[0].isEmpty()) {
                String folded = TextNormalizer.normalizePhrase(row[0]);
                ARABIC_GIVEN.put(folded, row[1]);
                if (folded.indexOf(' ') > 0) {
                    COMPOUND_OPENINGS.add(folded.substring(0, folded.indexOf(' ')));
                }
            }
            latinGiven.add(row[1].toLowerCase(Locale.ROOT));
        }
        LATIN_GIVEN = WordSet.ofDistinct(latinGiven);
        for (String[] row : Lexicon.rows("/lexicon/short-given-names-en.tsv", 2)) {
            SHORT_GIVEN.put(row[0], row[1].split("\\|"));
        }
    }

    private NameLexicon() {
    }

    /** Latin spelling of a folded Arabic given name, or null when it is not one. */
    public static String arabicGivenName(String folded) {
        return ARABIC_GIVEN.get(folded);
    }

    /** Whether the folded word opens a given name written in two words («نور» for «نور الدين»). */
    static boolean opensCompoundGivenName(String folded) {
        return COMPOUND_OPENINGS.contains(folded);
    }

    /** Latin spelling of the given name two folded words make together («نور» «الدين»), or null. */
    static String compoundGivenName(String first, String second) {
        return opensCompoundGivenName(first) ? ARABIC_GIVEN.get(first + " " + second) : null;
    }

    /** {@link #compoundGivenName(String, String)} of the words at {@code k} and after it. */
    static String compoundGivenName(List<Token> tokens, int k, int end) {
        return k + 1 < end ? compoundGivenName(tokens.get(k).norm(), tokens.get(k + 1).norm()) : null;
    }

    public static boolean isLatinGivenName(String folded) {
        return LATIN_GIVEN.contains(folded);
    }

    /** {@link #isLatinGivenName(String)} of the token's folded word. */
    public static boolean isLatinGivenName(Token t) {
        WordFlags.Word w = t.word();
        return w.known(LATIN_GIVEN_NAME) ? w.is(LATIN_GIVEN_NAME) : w.set(LATIN_GIVEN_NAME, isLatinGivenName(t.norm()));
    }

    /** The folded given names an English short form stands for ("dave" → david), or an empty array. */
    static String[] fullGivenNames(String folded) {
        String[] full = SHORT_GIVEN.get(folded);
        return full == null ? NO_NAMES : full;
    }

    /** An Arabic function or common word (with or without clitics and article). */
    public static boolean isArabicStop(String folded) {
        if (ARABIC_STOP.contains(folded) || Clitics.in(ARABIC_STOP, folded)) {
            return true;
        }
        String bare = Clitics.bare(folded);
        return ARABIC_STOP.contains(bare) && !(TAKE_NO_ARTICLE.contains(bare) && Clitics.withoutConjunction(folded).equals("ال" + bare));
    }

    /**
     * Prepositions, and the one past verb «قدم», which never take the article: «العلي» is the family name Al-Ali, not
     * ال + «على»; «القدم» is the noun (كرة القدم), not ال + «قدم», "he presented".
     */
    private static final Set<String> TAKE_NO_ARTICLE = WordSet.of("علي", "الي", "في", "من", "عن", "قدم");

    /** An Arabic function word as written (with a conjunction at most): "العام" is not the stop word "عام". */
    public static boolean isArabicStopAsWritten(String folded) {
        return Clitics.in(ARABIC_STOP, folded);
    }

    public static boolean isEnglishStop(String folded) {
        return ENGLISH_STOP.contains(folded) || demonymNoun(folded);
    }

    /** {@link #isEnglishStop(String)} of the token's folded word. */
    public static boolean isEnglishStop(Token t) {
        WordFlags.Word w = t.word();
        return w.known(ENGLISH_STOP_WORD) ? w.is(ENGLISH_STOP_WORD) : w.set(ENGLISH_STOP_WORD, isEnglishStop(t.norm()));
    }

    /** "Irishman", "Frenchwomen", "Dutchman": a person named by nationality, not by name. */
    private static boolean demonymNoun(String folded) {
        for (String person : PERSON_ENDINGS) {
            if (folded.endsWith(person) && DEMONYM_NOUN_STEMS.contains(folded.substring(0, folded.length() - person.length()))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isEnglishTitle(String folded) {
        return ENGLISH_TITLES.contains(folded);
    }

    /** {@link #isEnglishTitle(String)} of the token's folded word. */
    public static boolean isEnglishTitle(Token t) {
        WordFlags.Word w = t.word();
        return w.known(ENGLISH_TITLE) ? w.is(ENGLISH_TITLE) : w.set(ENGLISH_TITLE, isEnglishTitle(t.norm()));
    }

    /** A word that heads a title (CEO, president, founder…); words that only complete one (product, design) do not. */
    public static boolean isEnglishTitleHead(String folded) {
        return TITLE_HEADS.contains(folded);
    }

    /** A word that ends a newspaper's or an agency's name ("times", "herald", "press"). */
    public static boolean isPublicationEnding(String folded) {
        return LatinNames.publicationEnding(folded);
    }
}
