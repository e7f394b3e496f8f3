package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Capitalized English words that are not names: a common word capitalized only because it opens a sentence or a
 * headline ("Three executives left", "Layoffs Hit Acme"), and modifiers that precede a name without starting one
 * ("Former Acme chief", "Local firms Birch and Oak").
 */
final class CommonWords {
    /** Words that qualify the name or title after them, never the first word of a company's name. */
    private static final Set<String> MODIFIERS = WordSet.of("former", "local", "fellow", "rival", "longtime", "veteran",
            "outgoing", "incoming", "interim", "acting", "retired", "current", "newly", "meanwhile", "separately",
            "additionally", "earlier", "later", "both", "several", "many", "other", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "existing", "new-found",
            "ex", "then", "still", "also", "elsewhere", "today", "yesterday", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "annual", "inaugural");

    /**
     * Nouns of a company's trade that open a sentence before its name ("Chipmaker Nexar said", "Insurer Fjordvik
     * acquired"): a description, never the first word of the name.
     */
    private static final Set<String> TRADE_NOUNS = WordSet.of("chipmaker", "automaker", "carmaker", "drugmaker",
            "insurer", "reinsurer", "lender", "retailer", "e-tailer", "startup", "conglomerate", "miner", "telco", "fintech",
            "insurtech", "proptech", "edtech", "biotech", "airline", "shipbuilder", "brewer", "bottler", "broadcaster",
            "unicorn", "manufacturer", "distributor", "supplier", "outsourcer", "regulator");

    /** Verbs of speech written small: a line with one attributes a quote (a headline would capitalize them). */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "explained", "wrote");

    /** Prepositions and conjunctions of four letters or more that title case leaves small. */
    private static final Set<String> TITLE_CASE_SMALL = Set.of("with", "over", "from", "into", "onto", "upon", "than",
            "amid", "after", "under", "about", "worth", "near");

    /** Possessive determiners, before which a run of capitalized common words is a common noun: "our Armed Forces". */
    private static final Set<String> POSSESSIVES = Set.of("our", "their", "its", "his", "her", "your", "my");

    private CommonWords() {
    }

    /**
     * A capitalized common noun after a determiner: one common word after "the" ("The Government has", "the Prime
     * Minister" read up to its title), or common words only after a possessive ("our Armed Forces", "its Board will").
     * Writers capitalize such nouns in deference. A name of one common word after "the" (The Guardian) is a known name,
     * found before; one word that qualifies the noun after it is a name ("the Peace subsea cable", "its Leeds-based
     * unit", "its Falcon app"). Capitalized common words after "a" or "an" are a common noun too ("a renowned Chartered
     * Accountant").
     */
    static boolean determinedCommonNoun(List<Token> tokens, int i, int end, int floor, int limit) {
        if (i - 1 < floor) {
            return false;
        }
        if (indefiniteCommonNoun(tokens, i, end, floor, limit)) {
            return true;
        }
        String before = tokens.get(i - 1).norm();
        boolean the = before.equals("the");
        if (!the && !POSSESSIVES.contains(before) || the && end - i > 1 || end - i == 1 && modifiesNoun(tokens, end, limit)) {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (!Common.WORDS.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a renowned Chartered Accountant", "an Executive Director": two or more capitalized common words after "a" or "an"
     * and at most two describing words are a common noun capitalized in deference; a name after "a" is a brand's and
     * qualifies the noun after it ("a Home Depot store").
     */
    private static boolean indefiniteCommonNoun(List<Token> tokens, int i, int end, int floor, int limit) {
        if (end - i < 2 || modifiesNoun(tokens, end, limit)) {
            return false;
        }
        int k = i - 1;
        while (k >= floor && i - k <= 2 && describing(tokens.get(k))) {
            k--;
        }
        if (k < floor || !(tokens.get(k).norm().equals("a") || tokens.get(k).norm().equals("an"))) {
            return false;
        }
        for (int j = i; j < end; j++) {
            if (!Common.WORDS.contains(tokens.get(j).norm())) {
                return false;
            }
        }
        return true;
    }

    /** A lowercase Latin word other than a stop word: "renowned" in "a renowned Chartered Accountant". */
    private static boolean describing(Token t) {
        return t.script() == Script.LATIN && t.isWord() && !t.capitalized() && !NameLexicon.isEnglishStop(t);
    }

    /** Whether the token at {@code k} is a lowercase word other than a stop word, or a hyphen: a noun or compound follows. */
    private static boolean modifiesNoun(List<Token> tokens, int k, int limit) {
        if (k >= limit) {
            return false;
        }
        Token t = tokens.get(k);
        return t.is("-") || t.script() == Script.LATIN && t.isWord() && !t.capitalized() && !NameLexicon.isEnglishStop(t);
    }

    static boolean isCommon(String folded) {
        return Common.WORDS.contains(folded);
    }

    /**
     * Loaded on the first question, not with the class: {@link #headlineCase} runs on every document, and an Arabic
     * one may never ask about a common English word (reading the list is some 20 ms of a cold start's CPU).
     */
    private static final class Common {
        static final Set<String> WORDS = Lexicon.foldedWords("/lexicon/common-words-en.txt");
    }

    /** Whether the folded word is a noun of a company's trade ("insurer", "chipmaker"). */
    static boolean tradeNoun(String folded) {
        return TRADE_NOUNS.contains(folded);
    }

    /** The start of the name in the run [i, end) after its leading modifiers ("Former", "Local"). */
    static int afterLeadingModifiers(List<Token> tokens, int i, int end) {
        int k = i;
        while (k < end && (MODIFIERS.contains(tokens.get(k).norm()) || TRADE_NOUNS.contains(tokens.get(k).norm()))) {
            k++;
        }
        return k;
    }

    /**
     * "Key Details", "Stock Performance": a short line of capitalized common words without a closing stop is a
     * section heading, which names nothing the known names do not.
     */
    static boolean heading(List<Token> tokens, Sentence s) {
        int words = 0;
        int common = 0;
        int other = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.script() == Script.LATIN && t.isWord()) {
                if (!t.capitalized()) {
                    return false;
                }
                words++;
                boolean listed = Common.WORDS.contains(t.norm());
                common += listed ? 1 : 0;
                other += listed || NameLexicon.isEnglishStop(t) ? 0 : 1;
            } else if (t.isWord() || t.is(".") || t.is("!") || t.is("?")) {
                return false;
            }
        }
        // one word the common list lacks ("Stock") may stand beside common ones; two are likely a name
        return words >= 1 && words <= 4 && common >= 1 && other <= (words >= 2 ? 1 : 0);
    }

    /** A sentence in title case: at least four Latin words, nearly all capitalized, and no verb of speech written small. */
    static boolean headlineCase(List<Token> tokens, Sentence s) {
        int words = 0;
        int capitalized = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.script() == Script.LATIN && t.surface().length() > 3) {
                boolean upper = Character.isUpperCase(t.surface().charAt(0));
                if (!upper && TITLE_CASE_SMALL.contains(t.surface())) {
                    continue; // "Acme Signs Deal with Birch": title case writes short prepositions small
                }
                words++;
                capitalized += upper ? 1 : 0;
                if (!upper && SPEECH.contains(t.surface())) {
                    return false; // "Jane Roe, Executive Vice President of Acme Corp said,": a speaker's line, not a headline
                }
            }
        }
        return words >= 4 && capitalized * 10 >= words * 8;
    }
}
