package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
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
 * Products written in Arabic letters with their model: «آي فون 15 برو» → iPhone 15 Pro, «غالاكسي إس 24» → Galaxy S24.
 * A family (lexicon/products-ar.tsv) then model words and numbers, spelled the Latin way so every article agrees.
 */
final class ArabicProducts {
    private static final Map<String, String> FAMILIES = new HashMap<>();
    private static final Map<String, String> MODELS = new HashMap<>();
    /** First words of the families of two words or more: only these are joined with the next word to look up. */
    private static final Set<String> FIRST_OF_LONGER = new HashSet<>();

    static {
        for (String[] row : Lexicon.rows("/lexicon/products-ar.tsv", 3)) {
            String key = TextNormalizer.normalizePhrase(row[0]);
            (row[2].equals("family") ? FAMILIES : MODELS).put(key, row[1]);
            if (row[2].equals("family") && key.contains(" ")) {
                FIRST_OF_LONGER.add(key.substring(0, key.indexOf(' ')));
            }
        }
    }

    private ArabicProducts() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (tokens.get(i).script() != Script.ARABIC || sink.covered(i)) {
                continue;
            }
            for (String reading : Clitics.readings(tokens.get(i).norm())) {
                int familyEnd = i + 1;
                String family = FAMILIES.get(reading);
                if (i + 1 < s.endToken() && FIRST_OF_LONGER.contains(reading)
                        && FAMILIES.containsKey(reading + " " + tokens.get(i + 1).norm())) {
                    family = FAMILIES.get(reading + " " + tokens.get(i + 1).norm());
                    familyEnd = i + 2;
                }
                if (family == null) {
                    continue;
                }
                StringBuilder name = new StringBuilder(family);
                int end = model(tokens, familyEnd, s.endToken(), name);
                if (end > familyEnd && sink.add(i, end, MentionSink.cliticChars(tokens.get(i), reading), EntityType.PRODUCT,
                        null, name.toString())) {
                    i = end - 1;
                }
                break;
            }
        }
    }

    /** Model words and numbers after a family, appended to {@code name}; the end of the model. */
    private static int model(List<Token> tokens, int k, int limit, StringBuilder name) {
        boolean letter = false;
        for (int start = k; k < limit && k < start + 4; ) {
            Token t = tokens.get(k);
            String model = t.script() == Script.ARABIC ? MODELS.get(t.norm()) : null;
            if (t.script() == Script.NUMBER && t.norm().length() <= 4 && t.norm().chars().allMatch(Character::isDigit)) {
                name.append(letter ? "" : " ").append(t.norm()); // "S" + "24" → S24
                letter = false;
            } else if (model != null) {
                name.append(' ').append(model);
                letter = model.length() == 1;
            } else {
                break;
            }
            k++;
        }
        return k;
    }
}
