package dev.khabar.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a name becomes an alias key: the extract function indexes every entity name and alias with
 * {@link #normalize}, the query function looks a search term up under each of {@link #lookupVariants}.
 * One function on both sides, so ميتا, مِيتا and ميتا with a kashida meet, as do "Meta" and "META".
 */
public final class AliasKeys {
    /** DynamoDB partition keys may be 2048 bytes; an alias is never meaningfully longer than this. */
    static final int MAX_LENGTH = 200;
    /** Arabic proclitics in the order they attach: conjunction, then preposition, then the article. */
    private static final List<String> CONJUNCTIONS = List.of("و", "ف");
    private static final List<String> PREPOSITIONS = List.of("ب", "ل", "ك");
    private static final String ARTICLE = "ال";
    private static final int MIN_STEM = 2;

    private AliasKeys() {
    }

    /**
     * Case, accents, Arabic diacritics, kashida, hamza seats, alef forms, alef maqsura and taa marbuta folded;
     * Arabic-Indic digits to ASCII; punctuation and symbols to spaces; whitespace collapsed. Empty when nothing is left.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // NFKD splits أ إ آ ؤ ئ into a base letter and a combining hamza/madda, and é into e + accent
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT || c == 'ـ') {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(fold(c));
        }
        String folded = out.toString().toLowerCase(Locale.ROOT);
        return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH).strip();
    }

    private static int fold(int c) {
        return switch (c) {
            case 'ٱ' -> 'ا';
            case 'ى', 'ی' -> 'ي';
            case 'ة' -> 'ه';
            case 'ک' -> 'ك';
            default -> c >= '٠' && c <= '٩' ? '0' + (c - '٠')
                    : c >= '۰' && c <= '۹' ? '0' + (c - '۰')
                    : c;
        };
    }

    /**
     * The alias keys a search term may be stored under: its normalized form first, then the forms with Arabic
     * proclitics (و ف, ب ل ك, ال, and لل for ل + ال) stripped from the first word, longest stem first.
     * Stems shorter than two letters are not offered.
     */
    public static List<String> lookupVariants(String term) {
        String normalized = normalize(term);
        if (normalized.isEmpty()) {
            return List.of();
        }
        List<String> stripped = new ArrayList<>(strippedForms(normalized));
        stripped.sort(Comparator.comparingInt(String::length).reversed());
        Set<String> variants = new LinkedHashSet<>();
        variants.add(normalized);
        variants.addAll(stripped);
        return List.copyOf(variants);
    }

    private static List<String> strippedForms(String word) {
        List<String> forms = new ArrayList<>();
        for (String afterConjunction : optionallyStripped(List.of(word), CONJUNCTIONS)) {
            List<String> afterPreposition = optionallyStripped(List.of(afterConjunction), PREPOSITIONS);
            // ل + ال is written لل: "للشركة" is ل + الشركة
            if (afterConjunction.startsWith("لل") && afterConjunction.length() - 2 >= MIN_STEM) {
                afterPreposition = new ArrayList<>(afterPreposition);
                afterPreposition.add(ARTICLE + afterConjunction.substring(2));
            }
            for (String rest : afterPreposition) {
                forms.add(rest);
                if (rest.startsWith(ARTICLE) && rest.length() - ARTICLE.length() >= MIN_STEM) {
                    forms.add(rest.substring(ARTICLE.length()));
                }
            }
        }
        forms.remove(word);
        return forms;
    }

    /** The forms themselves, then each with one of the clitics removed from its front where a stem remains. */
    private static List<String> optionallyStripped(List<String> forms, List<String> clitics) {
        List<String> out = new ArrayList<>(forms);
        for (String form : forms) {
            for (String clitic : clitics) {
                if (form.startsWith(clitic) && form.length() - clitic.length() >= MIN_STEM) {
                    out.add(form.substring(clitic.length()));
                }
            }
        }
        return out;
    }
}
