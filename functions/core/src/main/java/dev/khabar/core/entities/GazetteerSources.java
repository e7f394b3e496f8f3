package dev.khabar.core.entities;

import dev.khabar.core.lexicon.JdkNames;
import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer built from its sources: the tables under resources/gazetteer and the JDK's country names, every
 * name tokenized and folded. Run by the build ({@link GazetteerIndex#main}); at run time only when the index resource
 * is missing (classes run straight from an IDE).
 */
final class GazetteerSources {
    private final Gazetteer gazetteer = new Gazetteer(6000);

    private GazetteerSources() {
    }

    static Gazetteer build() {
        GazetteerSources sources = new GazetteerSources();
        for (String file : List.of("organizations", "people", "products", "places")) {
            for (String[] row : Lexicon.rows("/gazetteer/" + file + ".tsv", 4)) {
                GazetteerEntry entry = new GazetteerEntry(row[0].isEmpty() ? null : row[0], EntityType.valueOf(row[1]), row[2]);
                sources.add(row[2], entry);
                for (String alias : row[3].split("\\|")) {
                    sources.add(alias, entry);
                }
            }
        }
        sources.loadCountries();
        return sources.gazetteer;
    }

    private void loadCountries() {
        Map<String, String[]> extra = new HashMap<>();
        for (String[] row : Lexicon.rows("/gazetteer/countries.tsv", 3)) {
            extra.merge(row[0], row, (a, b) -> new String[] {a[0], a[1].isEmpty() ? b[1] : a[1], a[2] + "|" + b[2]});
        }
        for (JdkNames.Country country : JdkNames.get().countries()) {
            String code = country.code();
            String english = country.english();
            String[] row = extra.getOrDefault(code, new String[] {code, "", ""});
            Set<String> dropped = new HashSet<>();
            List<String> names = new ArrayList<>(List.of(english, country.arabic()));
            for (String name : row[2].split("\\|")) {
                if (name.startsWith("!")) {
                    dropped.add(name.substring(1));
                } else {
                    names.add(name);
                }
            }
            GazetteerEntry entry = new GazetteerEntry(row[1].isEmpty() ? null : row[1], EntityType.LOCATION, english);
            gazetteer.byName.putIfAbsent(english.toLowerCase(Locale.ROOT), entry);
            gazetteer.countryCodes.put(entry, code);
            for (String name : names) {
                if (!dropped.contains(name)) {
                    add(name, entry);
                }
            }
        }
    }

    private void add(String name, GazetteerEntry entry) {
        if (name.isBlank()) {
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(name);
        String[] folded = tokens.stream().map(Token::norm).toArray(String[]::new);
        boolean allCaps = name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT))
                && tokens.get(0).script() == Script.LATIN;
        gazetteer.addAlias(new Gazetteer.Alias(folded, allCaps ? name : null, name.charAt(0), entry));
        if (entry.type() == EntityType.LOCATION && folded.length == 1 && tokens.get(0).script() == Script.ARABIC) {
            gazetteer.placeWords.add(folded[0]);
        }
        gazetteer.byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
    }
}
