package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import java.util.List;

/**
 * Words English makes from a brand: a verb ("Googling", "Skyped") or a name for its people ("Googlers"). They keep the
 * brand's capital yet name nothing; the brand itself is what the gazetteer knows.
 */
final class BrandDerivatives {
    private static final List<String> SUFFIXES = List.of("ing", "ed", "ers", "er");
    private static final int MIN_STEM = 3;

    private BrandDerivatives() {
    }

    /** Whether {@code word}, unknown itself, is a known company's or product's name with a verb's or agent's ending. */
    static boolean derived(String word) {
        Gazetteer gazetteer = Gazetteer.get();
        if (gazetteer.byName(word) != null) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (word.length() - suffix.length() >= MIN_STEM && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (brand(gazetteer, stem) || brand(gazetteer, stem + "e") || doubled(stem) && brand(gazetteer, stem.substring(0, stem.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean doubled(String stem) {
        int n = stem.length();
        return n > MIN_STEM && stem.charAt(n - 1) == stem.charAt(n - 2);
    }

    private static boolean brand(Gazetteer gazetteer, String name) {
        GazetteerEntry entry = gazetteer.byName(name);
        return entry != null && (entry.type() == EntityType.ORGANIZATION || entry.type() == EntityType.PRODUCT)
                && name.equalsIgnoreCase(entry.name());
    }
}
