package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Words just before a name that tell its type (شركة، منصة، مشروع, the startup, model…) and name endings (Park, Summit). */
final class Cues {
    static final Map<String, EntityType> ARABIC = Map.ofEntries(
            Map.entry("شركه", EntityType.ORGANIZATION), Map.entry("شركات", EntityType.ORGANIZATION),
            Map.entry("موقع", EntityType.ORGANIZATION), Map.entry("صحيفه", EntityType.ORGANIZATION),
            Map.entry("وكاله", EntityType.ORGANIZATION), Map.entry("مجله", EntityType.ORGANIZATION),
            Map.entry("مجموعه", EntityType.ORGANIZATION), Map.entry("بنك", EntityType.ORGANIZATION),
            Map.entry("مصرف", EntityType.ORGANIZATION), Map.entry("صندوق", EntityType.ORGANIZATION),
            Map.entry("مختبر", EntityType.ORGANIZATION), Map.entry("مختبرات", EntityType.ORGANIZATION),
            Map.entry("جامعه", EntityType.ORGANIZATION), Map.entry("منظمه", EntityType.ORGANIZATION),
            Map.entry("منصه", EntityType.PRODUCT), Map.entry("تطبيق", EntityType.PRODUCT),
            Map.entry("نموذج", EntityType.PRODUCT), Map.entry("نماذج", EntityType.PRODUCT),
            Map.entry("برنامج", EntityType.PRODUCT), Map.entry("خدمه", EntityType.PRODUCT),
            Map.entry("روبوت", EntityType.PRODUCT), Map.entry("هاتف", EntityType.PRODUCT),
            Map.entry("رقاقه", EntityType.PRODUCT), Map.entry("شريحه", EntityType.PRODUCT),
            Map.entry("هواتف", EntityType.PRODUCT),
            Map.entry("مشروع", EntityType.FACILITY), Map.entry("مركز", EntityType.FACILITY),
            Map.entry("مصنع", EntityType.FACILITY), Map.entry("مجمع", EntityType.FACILITY),
            Map.entry("مطار", EntityType.FACILITY), Map.entry("ميناء", EntityType.FACILITY));
    static final Map<String, EntityType> ENGLISH = Map.ofEntries(
            Map.entry("startup", EntityType.ORGANIZATION), Map.entry("firm", EntityType.ORGANIZATION),
            Map.entry("company", EntityType.ORGANIZATION), Map.entry("group", EntityType.ORGANIZATION),
            Map.entry("giant", EntityType.ORGANIZATION), Map.entry("lender", EntityType.ORGANIZATION),
            Map.entry("bank", EntityType.ORGANIZATION), Map.entry("lab", EntityType.ORGANIZATION),
            Map.entry("rival", EntityType.ORGANIZATION), Map.entry("investor", EntityType.ORGANIZATION),
            Map.entry("maker", EntityType.ORGANIZATION), Map.entry("provider", EntityType.ORGANIZATION),
            Map.entry("smartphone", EntityType.PRODUCT), Map.entry("phone", EntityType.PRODUCT),
            Map.entry("software", EntityType.PRODUCT), Map.entry("processor", EntityType.PRODUCT),
            Map.entry("model", EntityType.PRODUCT), Map.entry("models", EntityType.PRODUCT),
            Map.entry("app", EntityType.PRODUCT), Map.entry("platform", EntityType.PRODUCT),
            Map.entry("chip", EntityType.PRODUCT), Map.entry("chatbot", EntityType.PRODUCT),
            Map.entry("assistant", EntityType.PRODUCT), Map.entry("device", EntityType.PRODUCT),
            Map.entry("launched", EntityType.PRODUCT), Map.entry("released", EntityType.PRODUCT),
            Map.entry("unveiled", EntityType.PRODUCT), Map.entry("introduced", EntityType.PRODUCT),
            Map.entry("project", EntityType.FACILITY), Map.entry("campus", EntityType.FACILITY));
    /** Nouns after a name that make it a product: "the Spark platform", "its QNX software". */
    static final Set<String> PRODUCT_AFTER = WordSet.of("platform", "app", "application", "software", "chip", "chips",
            "processor", "smartphone", "phone", "handset", "model", "models", "chatbot", "browser", "console", "tablet",
            "laptop", "headset", "pods", "jets", "jet", "aircraft", "vehicle", "vehicles", "drone", "drones", "engine",
            "operating", "service", "suite");
    /** Last words of the names of made things: "Husky Mounted Detection System", "Iron Dome Interceptor". */
    static final Set<String> PRODUCT_ENDINGS = WordSet.of("system", "detector", "detectors", "radar", "missile", "missiles",
            "interceptor", "rifle", "satellite", "rover", "plus", "pro", "max", "ultra", "mini");
    static final Set<String> FACILITY_ENDINGS = WordSet.of("station", "base", "park", "center", "centre", "campus", "airport", "stadium",
            "tower", "towers", "plant", "factory", "hospital", "port", "hub", "complex", "hall", "terminal", "bridge",
            "arena", "mall");
    static final Set<String> STREET_ENDINGS = WordSet.of("avenue", "street", "boulevard", "road", "lane");
    static final Set<String> EVENT_ENDINGS = WordSet.of("summit", "conference", "forum", "expo", "festival", "awards",
            "cup", "games", "week", "olympics", "championship", "show", "day", "act", "law", "bill", "index", "war",
            "program", "programme", "initiative");
    static final Set<String> ORG_ENDINGS = WordSet.of("inc", "corp", "co", "cos", "corporation", "ltd", "llc", "plc", "group", "labs",
            "lab", "bank", "capital", "partners", "ventures", "holdings", "technologies", "systems", "media", "ai",
            "university", "institute", "agency", "ministry", "fund", "authority", "association", "council", "commission",
            "board", "office", "department", "trust", "foundation", "exchange", "regulator", "division",
            // plural common nouns that end a company's name though they cannot start one: "Merian Global Investors"
            "investors", "investments", "advisors", "advisers", "securities", "industries", "enterprises", "associates",
            "solutions", "services", "therapeutics", "pharmaceuticals", "airlines", "airways", "motors", "communications");
    /**
     * Last words of the names of a field of government or business: "Ministry of Housing and Urban Development",
     * "Bureau of … and Law Enforcement Affairs". After "and" inside an "X of Y" name they close it.
     */
    static final Set<String> FIELD_ENDINGS = WordSet.of("affairs", "development", "security", "services", "enforcement",
            "research", "technology", "trade", "industry", "resources", "sciences", "studies", "engineering", "innovation",
            "planning", "investment", "infrastructure", "tourism", "culture", "health", "education", "finance", "energy",
            "environment", "communications", "agriculture", "transport", "transportation", "welfare", "justice");

    private Cues() {
    }

    /**
     * The reading of an Arabic token that is a cue noun, article off, or null: بنك stays بنك (not ب + نك, as the
     * barest reading would have it), للشركة is شركه, وصندوق is صندوق.
     */
    static String arabicCue(String folded) {
        for (String r : Clitics.readings(folded)) {
            String noun = r.startsWith("ال") && r.length() > 3 ? r.substring(2) : r;
            if (ARABIC.containsKey(noun)) {
                return noun;
            }
        }
        return null;
    }

    /** The type a cue word right before token {@code i} gives (quotes skipped), or null. */
    static EntityType before(List<Token> tokens, int i, int floor) {
        int j = i - 1;
        int adjectives = 0;
        while (j >= floor && ((tokens.get(j).script() == Script.PUNCT && isQuote(tokens.get(j).surface()))
                || (adjectives < 2 && tokens.get(j).script() == Script.ARABIC && tokens.get(j).norm().startsWith("ال")
                && j - 1 >= floor && tokens.get(j - 1).script() == Script.ARABIC && ARABIC.get(tokens.get(j).norm().substring(2)) == null))) {
            if (tokens.get(j).script() == Script.ARABIC) {
                adjectives++; // "هاتفها الجديد “…”": the cue stands before its adjectives
            }
            j--;
        }
        if (j < floor) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.script() == Script.ARABIC) {
            for (String r : Clitics.readings(t.norm())) {
                String noun = r.startsWith("ال") ? r.substring(2) : r;
                EntityType type = ARABIC.get(noun);
                if (type == null && noun.endsWith("ها")) {
                    type = ARABIC.get(noun.substring(0, noun.length() - 2)); // هاتفها، نموذجها: its phone, its model
                }
                if (type != null) {
                    return type;
                }
            }
            return null;
        }
        return t.script() == Script.LATIN ? ENGLISH.get(t.norm()) : null;
    }

    static boolean isQuote(String s) {
        return s.equals("“") || s.equals("”") || s.equals("\"") || s.equals("«") || s.equals("»") || s.equals("'")
                || s.equals("‘") || s.equals("’") || s.equals("„");
    }
}
