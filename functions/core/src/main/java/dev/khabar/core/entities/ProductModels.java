package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The model words and numbers that follow a product family or a brand in a product's name: "<family> 6 Plus",
 * "<family> Watch 2", "<brand> Pay". Without them the family alone is found and the rest becomes a fragment.
 */
final class ProductModels {
    private static final Set<String> SCALE_WORDS = WordSet.of("million", "billion", "trillion", "bn", "mn", "percent",
            "%", "units", "users", "customers");
    static final Set<String> MODEL_WORDS = Lexicon.foldedWords("/lexicon/product-model-words-en.txt");

    private ProductModels() {
    }

    /** A capitalized model word: "Pro", "Watch". */
    static boolean modelWord(Token t) {
        return t.capitalized() && MODEL_WORDS.contains(t.norm());
    }

    /**
     * The end of the model part after a product family ending at {@code end}: model words, short numbers and
     * letter-digit designations ("S24"), in any order; {@code end} when none follows.
     */
    static int extend(List<Token> tokens, int end, int limit) {
        int j = end;
        while (j < limit && (modelWord(tokens.get(j)) || (number(tokens.get(j)) && !amount(tokens, j + 1, limit))
                || designation(tokens.get(j)) || j > end && closingPlus(tokens, j, limit))) {
            j++;
        }
        return j;
    }

    /**
     * A plus glued to the word before it and to no word after: "ESPN+", "Galaxy S23+" end with it, also before a comma
     * ("ESPN+, a streaming service"); "C++" and "A+B" do not.
     */
    static boolean closingPlus(List<Token> tokens, int j, int limit) {
        Token t = tokens.get(j);
        if (!t.is("+") || j == 0 || t.start() != tokens.get(j - 1).end() || !tokens.get(j - 1).isWord()) {
            return false;
        }
        Token next = j + 1 < limit ? tokens.get(j + 1) : null;
        return next == null || next.start() > t.end() || !next.isWord() && !next.is("+");
    }

    /**
     * The end of "<brand> Watch 2", "<brand> Pay", "<brand>+" after a known company ending at {@code end}, or {@code end}; not
     * "<brand> Air", which names a company's airline as often as a product.
     */
    static int afterBrand(List<Token> tokens, int end, int limit, boolean deviceNoun) {
        if (end < limit && (modelWord(tokens.get(end)) && !tokens.get(end).is("air") || closingPlus(tokens, end, limit))) {
            return extend(tokens, end + 1, limit); // "<brand>+", "<brand> Watch 2": the word or plus, then the model's rest
        }
        return numbersName(tokens, end - 1, limit) && !INDEX_SIZES.contains(tokens.get(end).surface())
                && (deviceNoun || standsAsModel(tokens, end + 1, limit)) ? extend(tokens, end, limit) : end;
    }

    /** Numbers of the shares in a market index ("S&P 500", "FTSE 100", "CAC 40"), no model of the index's maker. */
    private static final Set<String> INDEX_SIZES = Set.of("30", "40", "50", "100", "225", "250", "500", "1000");

    /**
     * What may follow a known company's name and a number for the two to name a model ("the Xiaomi 15 and Xiaomi 15
     * Pro", "launched the Honor 90."): the end, punctuation, "and"/"or", a model word or a product noun; a lower-case
     * word counts or measures ("Acme 10 new stores").
     */
    private static boolean standsAsModel(List<Token> tokens, int k, int limit) {
        if (k >= limit) {
            return true;
        }
        Token t = tokens.get(k);
        return t.script() == Script.PUNCT && !t.is("%") && !t.is("$") && !t.is("-") && !t.is("/") && !t.is("(")
                || t.is("and") || t.is("or") || t.is("و") || modelWord(t) || designation(t) || Cues.PRODUCT_AFTER.contains(t.norm());
    }

    /** Words a number after them counts or orders ("Phase 1", "Top 10", "Chapter 11"): no name with its number. */
    private static final Set<String> ORDERED_BY_NUMBER = WordSet.of("phase", "stage", "tier", "level", "round", "class",
            "grade", "day", "top", "section", "article", "chapter", "part", "item", "rule", "route", "category", "series",
            "no", "number", "page", "step", "year", "week", "quarter", "q", "h", "fy", "vol", "volume", "covid", "type",
            "group", "team", "lot", "block", "floor", "room", "gate", "zone", "sector", "district", "figure", "table");
    /** Nouns a number before them counts: "Apple 10 years ago", "Acme 300 employees". */
    private static final Set<String> COUNTED = WordSet.of("years", "months", "weeks", "days", "hours", "minutes",
            "employees", "jobs", "people", "workers", "staff", "times", "stores", "countries", "cities", "members");

    /**
     * "Gear 360", "Forever 21", "CDP 870": a short number written after a one-word name at {@code word} is the name's
     * own, unless it is a year, a count or a sum ("Acme 2024", "Acme 300 employees", "Acme 5%"), or the word orders
     * things by number ("Phase 1").
     */
    static boolean numbersName(List<Token> tokens, int word, int limit) {
        int j = word + 1;
        if (j >= limit || !number(tokens.get(j)) || tokens.get(j).start() == tokens.get(word).end()
                || ORDERED_BY_NUMBER.contains(tokens.get(word).norm())) {
            return false;
        }
        String digits = tokens.get(j).surface();
        if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
            return false;
        }
        if (j + 1 < limit) {
            Token next = tokens.get(j + 1);
            if (amount(tokens, j + 1, limit) || COUNTED.contains(next.norm()) || next.is("%") || next.is("-") || next.is("/")
                    || next.is(".") && next.start() == tokens.get(j).end() && j + 2 < limit && tokens.get(j + 2).script() == Script.NUMBER
                    || next.script() == Script.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** "<family> 20 million units": a count, not a model number. */
    private static boolean amount(List<Token> tokens, int next, int limit) {
        return next < limit && SCALE_WORDS.contains(tokens.get(next).norm());
    }

    private static boolean number(Token t) {
        return t.script() == Script.NUMBER && t.surface().length() <= 4 && t.surface().chars().allMatch(Character::isDigit);
    }

    /** "S24", "X2", or a series letter alone ("<family> Z"; not "A" or "I", which are words). */
    private static boolean designation(Token t) {
        String s = t.surface();
        return t.script() == Script.LATIN && s.length() <= 5 && Character.isUpperCase(s.charAt(0))
                && (s.chars().anyMatch(Character::isDigit) || (s.length() == 1 && !s.equals("A") && !s.equals("I")));
    }
}
