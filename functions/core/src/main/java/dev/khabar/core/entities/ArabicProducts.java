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
                    if (brandModel(tokens, i, s, sink) || modelAfterTypeNoun(tokens, i, s, sink)) {
                        break;
                    }
                    continue;
                }
                StringBuilder name = new StringBuilder(family);
                int end = model(tokens, familyEnd, s.endToken(), name);
                if (end == familyEnd + 1 && tokens.get(familyEnd).script() == Script.NUMBER && end < s.endToken()
                        && SCALES.contains(Clitics.withoutConjunction(tokens.get(end).norm()))) {
                    end = familyEnd; // «اي باد 346 مليار دولار»: a number counting what follows, not a model
                }
                if (end > familyEnd && sink.add(i, end, MentionSink.cliticChars(tokens.get(i), reading), EntityType.PRODUCT,
                        null, name.toString())) {
                    i = end - 1;
                }
                break;
            }
        }
    }

    /**
     * «نوكيا 6», «هواوي P30», «شاومي 14 برو»: a known maker written in Arabic, then a model number or a Latin model code,
     * is that maker's product. The number must stand as a name does — before punctuation, و, a model word or the next
     * such product, or after a device noun (هاتف، جهاز) — so «نوكيا 3 هواتف» (a count) and «أبل 2024» (a year) stay out.
     */
    private static boolean brandModel(List<Token> tokens, int i, Sentence s, MentionSink sink) {
        int end = s.endToken();
        if (!(modelCode(tokens, i + 1, end) || modelCode(tokens, i + 2, end))) {
            return false; // cheap test first: most words have no number or Latin code after them
        }
        Gazetteer.Match maker = Gazetteer.get().match(tokens, i, end);
        if (maker == null || maker.entry().type() != EntityType.ORGANIZATION || maker.endToken() >= end) {
            return false;
        }
        int k = maker.endToken();
        Token code = tokens.get(k);
        int digits = 0; // counted in a loop, not streams' lambdas: the first document pays their classes
        for (int c = 0; c < code.norm().length(); c++) {
            digits += Character.isDigit(code.norm().charAt(c)) ? 1 : 0;
        }
        boolean number = code.script() == Script.NUMBER && code.norm().length() <= 4 && digits == code.norm().length()
                && !year(code.norm());
        boolean latin = code.script() == Script.LATIN && code.norm().length() <= 6 && digits > 0;
        if (!number && !latin) {
            return false;
        }
        StringBuilder name = new StringBuilder(maker.entry().name()).append(' ').append(number ? code.norm() : code.surface());
        int to = model(tokens, k + 1, end, name);
        boolean cue = i > s.firstToken() && DEVICE_NOUNS.contains(Clitics.bare(tokens.get(i - 1).norm()));
        if (!cue && to == k + 1 && !standsAsName(tokens, to, end)) {
            return false;
        }
        return sink.add(i, to, MentionSink.cliticChars(tokens.get(i), maker.firstReading()), EntityType.PRODUCT, null, name.toString());
    }

    /**
     * «طائرة من طراز إيه 320», «طرازي إيه 321 نيو»: after the noun of a type, a model letter spelled in Arabic and a
     * number name the model though no maker's family opens it.
     */
    private static boolean modelAfterTypeNoun(List<Token> tokens, int i, Sentence s, MentionSink sink) {
        int end = s.endToken();
        String letter = MODELS.get(tokens.get(i).norm());
        if (letter == null || letter.length() != 1 || i == s.firstToken() || i + 1 >= end
                || tokens.get(i + 1).script() != Script.NUMBER || !TYPE_NOUNS.contains(Clitics.bare(tokens.get(i - 1).norm()))) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        int to = model(tokens, i, end, name);
        return to > i + 1 && sink.add(i, to, 0, EntityType.PRODUCT, null, name.toString().strip());
    }

    private static final java.util.Set<String> TYPE_NOUNS = ArabicWords.folded("طراز", "طرازي", "طرازات");

    private static final java.util.Set<String> DEVICE_NOUNS = ArabicWords.folded("هاتف", "جهاز", "هواتف", "اجهزه", "طراز",
            "طرازي", "نسخه", "حاسوب", "كمبيوتر", "لابتوب", "ساعه", "سياره");

    /** Words of scale after a number: «اي باد 346 مليار دولار» counts money, it names no model. */
    private static final java.util.Set<String> SCALES = ArabicWords.folded("مليار", "مليارات", "مليون", "ملايين", "ألف", "آلاف",
            "الف", "الاف", "بالمئة", "بالمائة");

    private static boolean modelCode(List<Token> tokens, int k, int end) {
        return k < end && (tokens.get(k).script() == Script.NUMBER || tokens.get(k).script() == Script.LATIN);
    }

    private static boolean year(String digits) {
        int n = Integer.parseInt(digits);
        return n >= 1900 && n <= 2099;
    }

    /** What may follow a model number: the end, punctuation, a word joined by و, or another maker. */
    private static boolean standsAsName(List<Token> tokens, int k, int end) {
        if (k >= end) {
            return true;
        }
        Token t = tokens.get(k);
        if (t.script() == Script.PUNCT) {
            return !t.is("%") && !t.is("$");
        }
        Gazetteer.Match next = t.script() == Script.ARABIC ? Gazetteer.get().match(tokens, k, end) : null;
        return t.is("و") || next != null && next.entry().type() == EntityType.ORGANIZATION;
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
            } else if (t.script() == Script.LATIN && t.surface().length() <= 4 && t.surface().chars().allMatch(
                    c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                boolean suffix = t.surface().length() == 1 && k > start && tokens.get(k - 1).script() == Script.NUMBER
                        && t.start() == tokens.get(k - 1).end();
                name.append(suffix ? "" : " ").append(t.surface()); // «آيفون X», «غالاكسي S24», «بيكسل 8A»: a Latin model code
                letter = false;
            } else {
                break;
            }
            k++;
        }
        return k;
    }
}
