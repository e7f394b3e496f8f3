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
 * The gazetteer's content built from its sources: the tables under resources/gazetteer and the JDK's country names,
 * every name tokenized and folded. Run by the build ({@link GazetteerIndexWriter#main}), which writes it as the index; at
 * run time only when the index resource is missing (classes run straight from an IDE).
 */
final class GazetteerSources {
    /** Spellings by first folded token, each list in the order the sources give them. */
    final Map<String, List<Gazetteer.Alias>> byFirstToken = new HashMap<>(8000);
    /** Entries by case-folded name or alias, the first source's entry for a name. */
    final Map<String, GazetteerEntry> byName = new HashMap<>(8000);
    final Map<GazetteerEntry, String> countryCodes = new HashMap<>(512);
    /** Folded one-word Arabic names of places. */
    final Set<String> placeWords = new HashSet<>(1024);

    private GazetteerSources() {
    }

    static GazetteerSources build() {
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
        return sources;
    }

    private void loadCountries() {
        Map<String, String[]> extra = new HashMap<>();
        for (String[] row : Lexicon.rows("/gazetteer/countries.tsv", 3)) {
            extra.merge(row[0], row, (a, b) -> new String[] {a[0], a[1].isEmpty() ? b[1] : a[1], a[2] + "|" + b[2]});
        }
        for (JdkNames.Country country : JdkNames.get().countries()) {
            String code = country.code();
            List<String> names = new ArrayList<>(spellings(country.english()));
            String english = names.get(0);
            names.add(country.arabic()); // CLDR's Arabic brackets qualify: «(منطقة إدارية خاصة)» is no other name
            String[] row = extra.getOrDefault(code, new String[] {code, "", ""});
            Set<String> dropped = new HashSet<>();
            for (String name : row[2].split("\\|")) {
                if (name.startsWith("!")) {
                    dropped.add(name.substring(1));
                } else {
                    names.add(name);
                }
            }
            GazetteerEntry entry = new GazetteerEntry(row[1].isEmpty() ? null : row[1], EntityType.LOCATION, english);
            byName.putIfAbsent(english.toLowerCase(Locale.ROOT), entry);
            countryCodes.put(entry, code);
            for (String name : names) {
                if (!dropped.contains(name)) {
                    add(name, entry);
                }
            }
        }
    }

    /**
     * The ways news writes a country CLDR names in a list's style, the plain name first: "Myanmar (Burma)" is Myanmar
     * or Burma, "Hong Kong SAR China" is Hong Kong, "Trinidad & Tobago" has "and", "St. Lucia" is also Saint Lucia.
     */
    static List<String> spellings(String cldr) {
        List<String> out = new ArrayList<>(4);
        String name = cldr;
        int open = name.indexOf(" (");
        if (open > 0 && name.endsWith(")")) {
            out.add(name.substring(0, open));
            out.add(name.substring(open + 2, name.length() - 1));
        }
        if (name.endsWith(" SAR China")) {
            out.add(name.substring(0, name.length() - " SAR China".length()));
        }
        out.add(name);
        if (name.contains(" & ")) {
            out.add(name.replace(" & ", " and "));
        }
        if (name.startsWith("St. ")) {
            out.add("Saint " + name.substring(4));
        }
        return out;
    }

    /**
     * A news-style abbreviation of a state (Md., La., Va.) matches only as written: in capitals "MD." closing a
     * sentence is a managing director's title, and "LA." or "VA." are other abbreviations.
     */
    private static boolean isStyleAbbreviation(String name) {
        return name.endsWith(".") && name.indexOf(' ') < 0 && !name.equals(name.toUpperCase(Locale.ROOT));
    }

    private void add(String name, GazetteerEntry entry) {
        if (name.isBlank()) {
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(name);
        String[] folded = tokens.stream().map(Token::norm).toArray(String[]::new);
        boolean latin = tokens.get(0).script() == Script.LATIN;
        boolean allCaps = name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT)) && latin;
        byFirstToken.computeIfAbsent(folded[0], k -> new ArrayList<>(2))
                .add(new Gazetteer.Alias(folded, allCaps || latin && isStyleAbbreviation(name) ? name : null, name.charAt(0), entry));
        if (entry.type() == EntityType.LOCATION && folded.length == 1 && tokens.get(0).script() == Script.ARABIC) {
            placeWords.add(folded[0]);
        }
        byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
    }
}
