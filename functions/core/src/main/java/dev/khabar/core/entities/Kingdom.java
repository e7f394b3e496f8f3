package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * «المملكة» alone ("the Kingdom") is the kingdom the story is about: the one whose name or adjective it uses
 * (الأردن، المغربية، البريطانية…), else the one whose city the story names first (a Moroccan paper writes «المركب
 * الرياضي بالدار البيضاء … في المملكة» without naming Morocco), else Saudi Arabia, which Arabic news most often calls so.
 */
final class Kingdom {
    private static final String WORD = "المملكه";
    private static final long READS_AS_WORD = WordFlags.newFlag();
    /** Country name → folded stems of its name and adjectives, in the order they are tried. */
    private static final Map<String, Set<String>> KINGDOMS = new LinkedHashMap<>();
    /** Gazetteer name of a kingdom's well-known city → the kingdom's (Saudi cities too, so they keep the default). */
    private static final Map<String, String> CITIES = new HashMap<>();

    static {
        KINGDOMS.put("Jordan", ArabicWords.folded("الأردن", "الأردنية", "الأردني", "أردني", "أردنية"));
        KINGDOMS.put("Morocco", ArabicWords.folded("المغرب", "المغربية", "المغربي", "مغربي", "مغربية"));
        KINGDOMS.put("Bahrain", ArabicWords.folded("البحرين", "البحرينية", "البحريني", "بحريني", "بحرينية"));
        KINGDOMS.put("United Kingdom", ArabicWords.folded("بريطانيا", "البريطانية", "البريطاني", "بريطاني", "بريطانية"));
        for (String city : List.of("Riyadh", "Jeddah", "Mecca", "Medina", "Dammam", "Khobar", "NEOM", "Tabuk", "Taif")) {
            CITIES.put(city, "Saudi Arabia");
        }
        for (String city : List.of("Casablanca", "Rabat", "Marrakech", "Tangier", "Fez", "Agadir", "Meknes", "Kenitra")) {
            CITIES.put(city, "Morocco");
        }
        for (String city : List.of("Amman", "Aqaba", "Irbid")) {
            CITIES.put(city, "Jordan");
        }
        CITIES.put("Manama", "Bahrain");
        for (String city : List.of("London", "Manchester", "Edinburgh", "Birmingham")) {
            CITIES.put(city, "United Kingdom");
        }
    }

    private Kingdom() {
    }

    static void find(List<Token> tokens, MentionSink sink) {
        GazetteerEntry kingdom = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.script() != Script.ARABIC || sink.covered(i) || !readsAsWord(t)) {
                continue;
            }
            if (kingdom == null) {
                kingdom = whichKingdom(tokens, sink);
            }
            if (kingdom != null) {
                sink.add(i, i + 1, MentionSink.cliticChars(t, WORD), EntityType.LOCATION, kingdom, kingdom.name());
            }
        }
    }

    /** Whether a reading of the token is «المملكة»: asked of every Arabic token, so kept per word. */
    private static boolean readsAsWord(Token t) {
        WordFlags.Word word = t.word();
        return word.known(READS_AS_WORD) ? word.is(READS_AS_WORD)
                : word.set(READS_AS_WORD, Clitics.readings(t.norm()).contains(WORD));
    }

    private static GazetteerEntry whichKingdom(List<Token> tokens, MentionSink sink) {
        for (Map.Entry<String, Set<String>> k : KINGDOMS.entrySet()) {
            for (Token t : tokens) {
                if (t.script() == Script.ARABIC && Clitics.readings(t.norm()).stream().anyMatch(k.getValue()::contains)) {
                    return Gazetteer.get().byName(k.getKey());
                }
            }
        }
        for (Mention m : sink.sorted()) {
            String country = m.entry() != null && m.type() == EntityType.LOCATION ? CITIES.get(m.entry().name()) : null;
            if (country != null) {
                return Gazetteer.get().byName(country);
            }
        }
        return Gazetteer.get().byName("Saudi Arabia");
    }
}
