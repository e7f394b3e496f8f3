package dev.khabar.core.entities;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordCache;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Words just before a name that tell its type (شركة، منصة، مشروع, the startup, model…) and name endings (Park, Summit). */
final class Cues {
    static final Map<String, EntityType> ARABIC = cues("ar");
    static final Map<String, EntityType> ENGLISH = cues("en");
    /** Nouns after a name that make it a product: "the Spark platform", "its QNX software". */
    static final Set<String> PRODUCT_AFTER = WordSet.of("platform", "app", "application", "software", "chip", "chips",
            "processor", "smartphone", "phone", "handset", "model", "models", "chatbot", "browser", "console", "tablet",
            "laptop", "headset", "pods", "jets", "jet", "aircraft", "vehicle", "vehicles", "drone", "drones", "engine",
            "operating", "service", "suite", "robot", "robots", "truck", "trucks", "car", "cars", "sedan", "suv",
            "camera", "smartwatch", "turbine", "turbines", "satellite", "rocket", "rockets", "vaccine", "drug", "system",
            "systems", "radar", "radars", "munitions", "goggles", "assistant", "framework", "library", "tool", "medicine",
            "therapy", "wallet", "earbuds", "speaker", "scooter");
    /** Last words of the names of made things: "Husky Mounted Detection System", "Iron Dome Interceptor". */
    static final Set<String> PRODUCT_ENDINGS = WordSet.of("system", "detector", "detectors", "radar", "missile", "missiles",
            "interceptor", "rifle", "satellite", "rover", "plus", "pro", "max", "ultra", "mini");
    static final Set<String> FACILITY_ENDINGS = WordSet.of("station", "base", "park", "center", "centre", "campus", "airport", "stadium",
            "tower", "towers", "plant", "factory", "hospital", "port", "hub", "complex", "hall", "terminal", "bridge",
            "arena", "mall");
    static final Set<String> STREET_ENDINGS = WordSet.of("avenue", "street", "boulevard", "road", "lane", "square", "causeway", "highway",
            "plaza");
    static final Set<String> EVENT_ENDINGS = WordSet.of("summit", "conference", "forum", "expo", "festival", "awards",
            "cup", "games", "week", "olympics", "championship", "show", "day", "act", "law", "bill", "index", "war",
            "program", "programme", "initiative", "exhibition", "symposium", "hackathon",
            // documents: "Memorandum of Understanding", "Annual Report", "Paris Agreement"
            "understanding", "agreement", "report", "accord", "treaty", "memorandum", "charter", "protocol");
    static final Set<String> ORG_ENDINGS = CompanySuffixes.ENDS;
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
        String cached = CUE_OF.get(folded);
        if (cached != null) {
            return cached == NO_CUE ? null : cached;
        }
        String cue = findArabicCue(folded);
        CUE_OF.remember(folded, cue == null ? NO_CUE : cue);
        return cue;
    }

    /** {@link #arabicCue}, also of an indefinite accusative with its alef: «تطبيقا» (an app), «نموذجا» (a model). */
    static String arabicCueOrAccusative(String folded) {
        String cue = arabicCue(folded);
        return cue == null && folded.length() > 4 && folded.endsWith("ا") ? arabicCue(folded.substring(0, folded.length() - 1)) : cue;
    }

    /**
     * {@link #arabicCue} by folded word: the name finders ask it of nearly every Arabic token, several times each, and
     * each answer reads the word's clitics and cuts its article.
     */
    private static final WordCache<String> CUE_OF = new WordCache<>();
    /** The cached answer "no cue" (the cache holds no null); compared by identity. */
    private static final String NO_CUE = new String("");

    private static String findArabicCue(String folded) {
        for (String r : Clitics.readings(folded)) {
            String noun = r.startsWith("ال") && r.length() > 3 ? r.substring(2) : r;
            if (ARABIC.containsKey(noun)) {
                return noun;
            }
        }
        return null;
    }

    /** The cue words of one language from lexicon/cues.tsv, folded. */
    private static Map<String, EntityType> cues(String language) {
        Map<String, EntityType> out = new HashMap<>();
        for (String[] row : Lexicon.rows("/lexicon/cues.tsv", 3)) {
            if (row[0].equals(language)) {
                out.put(TextNormalizer.normalize(row[1]), EntityType.valueOf(row[2]));
            }
        }
        return Map.copyOf(out);
    }

    /** The type a cue word right before token {@code i} gives (quotes skipped), or null. */
    static EntityType before(List<Token> tokens, int i, int floor) {
        int j = nounBefore(tokens, i, floor);
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
                } else if (type == null && noun.endsWith("ه") && noun.length() > 3) {
                    type = ARABIC.get(noun.substring(0, noun.length() - 1)); // تطبيقه، هاتفه: a bank's or a group's
                }
                if (type != null) {
                    return type;
                }
            }
            return null;
        }
        return t.script() == Script.LATIN ? ENGLISH.get(t.norm()) : null;
    }

    /**
     * Arabic nouns of made things: too common to open a name of their own («سيارة تويوتا» is Toyota's car), but a
     * quoted name right after one is the thing: «ساعتها الذكية الجديدة "بولس"», «محفظة "نقدي"», «لعبة "X"».
     */
    private static final Set<String> ARABIC_MADE_THINGS = ArabicWords.folded("ساعه", "سياره", "جهاز", "محفظه", "لعبه",
            "منتج", "متصفح", "نظاره", "سماعه", "حاسوب", "كمبيوتر", "مركبه", "شاحنه", "دواء", "لقاح", "عقار", "بطاقه",
            "نسخه", "اصدار", "اداه", "محرك", "مساعد", "شاشه", "قمر", "صاروخ", "مسيره", "حاسب", "تلفاز", "كاميرا");

    /** Whether an Arabic noun of a made thing stands right before token {@code i}, past quotes and two adjectives. */
    static boolean madeThingBefore(List<Token> tokens, int i, int floor) {
        int j = nounBefore(tokens, i, floor);
        return j >= floor && madeThing(tokens.get(j));
    }

    /** Whether the token is an Arabic noun of a made thing, with its clitics, article or possessive: «النسخة», «ساعتها». */
    static boolean madeThing(Token t) {
        if (t.script() != Script.ARABIC) {
            return false;
        }
        for (String r : Clitics.readings(t.norm())) {
            String noun = r.startsWith("ال") ? r.substring(2) : r;
            if (ARABIC_MADE_THINGS.contains(noun) || noun.endsWith("ها") && ARABIC_MADE_THINGS.contains(noun.substring(0, noun.length() - 2))
                    || noun.endsWith("تها") && ARABIC_MADE_THINGS.contains(noun.substring(0, noun.length() - 3) + "ه")) {
                return true;
            }
        }
        return false;
    }

    /** The token before {@code i} past quotes and up to two definite adjectives ("هاتفها الجديد “…”"), or below floor. */
    private static int nounBefore(List<Token> tokens, int i, int floor) {
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
        return j;
    }

    /** «»», «”», «’»: a mark that only closes a quotation, never opens one. */
    static boolean closingQuote(String s) {
        return s.length() == 1 && (s.charAt(0) == '»' || s.charAt(0) == '”' || s.charAt(0) == '’');
    }

    /** Asked of nearly every token: one length test, then a switch on the one char (every mark is a single char). */
    static boolean isQuote(String s) {
        if (s.length() != 1) {
            return false;
        }
        return switch (s.charAt(0)) {
            case '“', '”', '"', '«', '»', '\'', '‘', '’', '„' -> true;
            default -> false;
        };
    }
}
