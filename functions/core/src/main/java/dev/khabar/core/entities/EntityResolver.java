package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups mentions into entities: a gazetteer entry is one entity in every spelling; an unknown name is one entity
 * per folded surface; a lone word that is the surname of a person named in full is that person (وانغ, Mayer).
 */
public final class EntityResolver {
    /** Words that a company's short name drops: Mistral AI → Mistral, Thrive Capital → Thrive. */
    private static final Set<String> GENERIC_ENDINGS = CompanySuffixes.DROPS;
    /**
     * Words of a company's registered name that name no unit of it: the legal endings a Latin name closes with, and the
     * words around them ("Avon Rubber PLC" is Avon Rubber, "Dresser-Rand Group Inc" is Dresser-Rand).
     */
    private static final Set<String> LEGAL_ENDINGS = CompanySuffixes.REGISTERED;

    private static final Set<String> COMPANY_CUES = WordSet.of("شركه", "مجموعه");
    /** The article of Arab family names in Latin letters: Al Qubaisi, El Sewedy. */
    private static final Set<String> FAMILY_ARTICLES = WordSet.of("al", "el");
    /** The same cue nouns, folded → as written: «مع شركة أيان للاستثمار» is cited as «شركة أيان للاستثمار» too. */
    private static final Map<String, String> WRITTEN_CUES = Map.of("شركه", "شركة", "مجموعه", "مجموعة");

    private EntityResolver() {
    }

    private static final class Group {
        final GazetteerEntry entry;
        final Set<String> surfaces = new LinkedHashSet<>();
        /** Surfaces with the royal title, or an organization's cue noun, written before them (see {@link WrittenBefore}). */
        final Set<String> titled = new LinkedHashSet<>();
        /** Folded surfaces of the group's own mentions, known before groups merge. */
        final Set<String> forms = new LinkedHashSet<>();
        /** by type in declaration order, so a tie goes the same way in every run (a HashMap's order of enums is not) */
        final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        String firstSurface;
        String name;
        int mentions;
        Group merged;
        EntityType type;
        private String[] nameWords;
        private String[] firstWords;

        Group(GazetteerEntry entry) {
            this.entry = entry;
        }

        /** The folded words of the group's name: its known entry's, else its first surface's. */
        String[] nameWords() {
            if (nameWords == null) {
                nameWords = entry != null ? fold(entry.name()).split(" ") : firstWords();
            }
            return nameWords;
        }

        /** The folded words of the group's first surface. */
        String[] firstWords() {
            if (firstWords == null) {
                firstWords = fold(firstSurface).split(" ");
            }
            return firstWords;
        }

        Group root() {
            Group g = this;
            while (g.merged != null) {
                g = g.merged;
            }
            return g;
        }

        EntityType type() {
            if (type == null) {
                type = decideType();
            }
            return type;
        }

        /**
         * A one-word name of letters and digits ("N1X", "Z9X"): told once as a product ("the new N1X processor") and as
         * often bare, it is the product, as model names are; a company's name rarely mixes digits in.
         */
        private boolean modelLike() {
            String name = firstSurface;
            return name != null && name.indexOf(' ') < 0 && name.chars().anyMatch(Character::isDigit)
                    && name.chars().anyMatch(Character::isLetter);
        }

        private EntityType decideType() {
            if (entry != null) {
                return entry.type();
            }
            if (votes.containsKey(EntityType.PERSON)) {
                return EntityType.PERSON;
            }
            if (votes.containsKey(EntityType.LOCATION)) {
                return EntityType.LOCATION; // one place statement ("Scranton City Hall", "in Sunnyvale, California") types them all
            }
            Map.Entry<EntityType, Integer> most = null; // the first of equals, as a stream's max keeps
            for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
                if (most == null || vote.getValue() > most.getValue() || vote.getValue().equals(most.getValue())
                        && vote.getKey() == EntityType.PRODUCT && most.getKey() == EntityType.ORGANIZATION && modelLike()) {
                    most = vote;
                }
            }
            return most == null ? EntityType.ORGANIZATION : most.getKey();
        }
    }

    /** @param text the text the mentions point into (for the titles written before names) */
    public static ResolvedEntities resolve(List<Mention> mentions, String text) {
        Map<Object, Group> groups = new LinkedHashMap<>();
        List<Group> ofMention = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String folded = fold(m.surface());
            Object key = m.entry() != null ? m.entry() : m.aliasOf() != null ? fold(m.aliasOf()) : servantJoined(folded);
            // get and put rather than computeIfAbsent and merge: the first document pays each lambda's class
            Group g = groups.get(key);
            if (g == null) {
                g = new Group(m.entry());
                groups.put(key, g);
            }
            Integer votes = g.votes.get(m.type());
            g.votes.put(m.type(), votes == null ? 1 : votes + 1);
            g.forms.add(folded);
            if (g.firstSurface == null) {
                g.firstSurface = m.surface();
                g.name = m.name();
            }
            ofMention.add(g);
        }
        mergeFamilyNames(groups);
        mergeSurnames(groups);
        mergeFacilityTails(groups);
        mergeTownSites(groups);
        mergeModelDesignations(groups);
        mergeShortenedNames(groups);
        mergeRespellings(groups, EntityType.ORGANIZATION);
        mergeRespellings(groups, EntityType.PERSON);
        mergeLongLatinNames(groups);
        mergeShortGivenNames(groups);
        Map<Group, Integer> index = new LinkedHashMap<>();
        int[] entityOf = new int[mentions.size()];
        for (int k = 0; k < mentions.size(); k++) {
            Group root = ofMention.get(k).root();
            Mention m = mentions.get(k);
            root.surfaces.add(m.surface());
            String titled = m.type() == EntityType.PERSON ? RoyalTitles.titled(text, m.start(), m.surface())
                    : m.type() == EntityType.ORGANIZATION && hasArabicLetter(m.surface())
                    ? WrittenBefore.prefixed(text, m.start(), m.surface(), WRITTEN_CUES) : null;
            if (titled != null) {
                root.titled.add(titled);
            }
            root.mentions++;
            Integer idx = index.get(root);
            if (idx == null) {
                idx = index.size();
                index.put(root, idx);
            }
            entityOf[k] = idx;
        }
        List<Entity> entities = new ArrayList<>(index.size());
        for (Map.Entry<Group, Integer> e : index.entrySet()) {
            Group g = e.getKey();
            EntityType type = g.type();
            String name = canonicalName(g, type);
            List<String> aliases = new ArrayList<>(g.surfaces);
            for (String surface : g.surfaces) {
                String withoutCue = withoutFirstWord(surface, type == EntityType.LOCATION ? ArabicNames.NAMING_KINDS : COMPANY_CUES);
                if (withoutCue != null && !aliases.contains(withoutCue)) {
                    aliases.add(withoutCue); // "شركة التصنيع الوطنية" is also written "التصنيع الوطنية"
                }
                String definite = type == EntityType.ORGANIZATION ? definiteCue(surface) : null;
                if (definite != null && !aliases.contains(definite)) {
                    aliases.add(definite);
                }
            }
            if (!aliases.contains(name)) {
                aliases.add(name);
            }
            if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
                for (String t : g.titled) {
                    if (!aliases.contains(t)) {
                        aliases.add(t);
                    }
                }
            }
            String key = g.entry != null && g.entry.wikidata() != null ? g.entry.wikidata()
                    : Entity.derivedKey(type, fold(name));
            entities.add(new Entity("e" + (e.getValue() + 1), key, name, type, aliases, g.mentions));
        }
        return new ResolvedEntities(entities, mentions, entityOf);
    }

    /**
     * "Al Qubaisi" after "Khadem Al Qubaisi": an Arab family name written with its article, alone, is the person named
     * in full; what the text says of it (a title, a person's verb) types them both, as one person's mentions do.
     */
    private static void mergeFamilyNames(Map<Object, Group> groups) {
        Map<String, Group> byFamily = new HashMap<>();
        for (Group g : groups.values()) {
            String[] words = g.firstWords();
            int n = words.length;
            if (n >= 3 && FAMILY_ARTICLES.contains(words[n - 2]) && isLatin(words[0])) {
                byFamily.putIfAbsent(words[n - 2] + " " + words[n - 1], g);
            }
        }
        for (Group g : groups.values()) {
            String[] words = g.firstWords();
            Group full = g.entry == null && words.length == 2 ? byFamily.get(words[0] + " " + words[1]) : null;
            if (full != null && full != g) {
                g.merged = full;
                for (Map.Entry<EntityType, Integer> vote : g.votes.entrySet()) {
                    Integer had = full.votes.get(vote.getKey());
                    full.votes.put(vote.getKey(), had == null ? vote.getValue() : had + vote.getValue());
                }
            }
        }
    }

    private static void mergeSurnames(Map<Object, Group> groups) {
        Map<String, Group> bySurname = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.type() == EntityType.PERSON) {
                String[] words = g.nameWords();
                if (words.length >= 2) {
                    bySurname.putIfAbsent(words[words.length - 1], g);
                }
                String[] surfaceWords = g.firstWords();
                if (surfaceWords.length >= 2) {
                    bySurname.putIfAbsent(surfaceWords[surfaceWords.length - 1], g); // «كوك» after «تيم كوك»
                }
            }
        }
        Map<String, Group> byPersonFirstWord = new HashMap<>();
        for (Group g : groups.values()) {
            String[] words = g.nameWords();
            if (g.type() == EntityType.PERSON && (words.length == 2 || words.length == 3) && !NameLexicon.isLatinGivenName(words[0])
                    && NameLexicon.arabicGivenName(words[0]) == null && isLatin(words[0])) {
                byPersonFirstWord.putIfAbsent(words[0], g); // "Shen" after "Shen Ziyu", "Ng" after "Ng Yat Chung": family name first
            }
        }
        // "Aguera y Arcas" after "Blaise Aguera y Arcas", "van der Berg" after "Pieter van der Berg": a surname of words
        // joined by a particle; the last words of an Arabic chain («ياسر إسماعيل حسن») are the father's, another man
        Map<String, Group> byLongSurname = new HashMap<>();
        for (Group g : groups.values()) {
            String[] words = g.nameWords();
            if (g.type() == EntityType.PERSON && words.length >= 3 && particleIn(g.firstSurface)) {
                byLongSurname.putIfAbsent(String.join(" ", Arrays.copyOfRange(words, 1, words.length)), g);
            }
        }
        Map<String, Group> byFirstWord = new HashMap<>();
        for (Group g : groups.values()) {
            String[] words = g.nameWords();
            if (g.type() == EntityType.ORGANIZATION && words.length >= 2 && words.length <= 4 && genericTail(words)) {
                byFirstWord.putIfAbsent(words[0], g);
            }
        }
        // "Riot" after "Riot Platforms", "Parker" after "Parker-Hannifin": the one unknown company the word opens
        Map<String, Group> byOpeningWord = new HashMap<>();
        for (Group g : groups.values()) {
            String[] words = g.nameWords();
            if (g.entry == null && g.type() == EntityType.ORGANIZATION && words.length >= 2 && words.length <= 3
                    && isLatin(words[0]) && !EntityFinder.DIVISIONS.contains(words[words.length - 1])) {
                // "UCB Pharma", "Intel Capital": a unit of the company, not the company
                Group other = byOpeningWord.get(words[0]);
                byOpeningWord.put(words[0], byOpeningWord.containsKey(words[0]) && other != g ? null : g);
            }
        }
        Map<String, Group> byGivenName = byGivenName(groups);
        Map<String, Group> byLastWord = new HashMap<>();
        for (Group g : groups.values()) {
            String[] words = g.nameWords();
            if (g.type() == EntityType.LOCATION && words.length == 2) {
                byLastWord.putIfAbsent(words[1], g);
            } else if (g.type() == EntityType.ORGANIZATION && words.length >= 2 && isLatin(words[words.length - 1])
                    && LatinNames.publicationEnding(words[words.length - 1])) {
                byLastWord.putIfAbsent(words[words.length - 1], g); // "the Times" after "The New York Times"
            }
        }
        Map<String, Group> byInitials = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String initials = initials(g.entry != null ? g.entry.name() : g.firstSurface);
            if (initials.length() >= 2) {
                byInitials.putIfAbsent(initials, g);
            }
        }
        for (Group g : groups.values()) {
            String surface = g.firstSurface;
            boolean mixedCase = mixedCaseAcronym(surface);
            if (g.entry == null && surface.length() >= 2 && (TextNormalizer.allUpperCase(surface) || mixedCase)) {
                Group full = byInitials.get(mixedCase ? capitals(surface) : surface);
                if (full != null && full != g
                        && (!mixedCase || spelledOut(surface, full.entry != null ? full.entry.name() : full.firstSurface))) {
                    g.merged = full; // "CMA" after "Competition and Markets Authority"
                    continue;
                }
            }
            Group bearer = g.entry == null && g.firstWords().length >= 2
                    ? byLongSurname.get(String.join(" ", g.firstWords())) : null;
            if (bearer != null && bearer != g) {
                g.merged = bearer;
                continue;
            }
            if (g.entry == null && g.firstWords().length == 1) {
                String word = g.firstWords()[0];
                Group person = bySurname.get(word);
                Group org = byFirstWord.containsKey(word) ? byFirstWord.get(word) : byOpeningWord.get(word);
                Group place = byLastWord.get(word);
                if (person == null && g.type() != EntityType.LOCATION) {
                    person = byPersonFirstWord.get(word);
                }
                if (person == null && g.type() != EntityType.LOCATION && isLatin(word)) {
                    person = givenNameOwner(byGivenName, word); // "Dave has agreed" after "David Calhoun"
                }
                if (person != null && person != g) {
                    g.merged = person;
                } else if (place != null && place != g
                        && (place.type() == EntityType.LOCATION || g.type() == EntityType.ORGANIZATION)) {
                    g.merged = place; // "the Valley" after "Silicon Valley"
                } else if (org != null && org != g && g.type() == EntityType.ORGANIZATION) {
                    g.merged = org; // "Mistral" after "Mistral AI"
                }
            }
        }
    }

    /**
     * People named in full with a Latin given name first, by that given name: a story calls them by it in quotes
     * ("Kelly has the right skills"). A given name two people share names neither (the map holds null for it).
     */
    private static Map<String, Group> byGivenName(Map<Object, Group> groups) {
        Map<String, Group> out = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.type() != EntityType.PERSON || g.nameWords().length < 2) {
                continue;
            }
            String[] spoken = g.name != null ? fold(g.name).split(" ") : g.nameWords(); // "Kelly Ortberg", not "Robert"
            for (String given : new String[] {g.nameWords()[0], spoken[0]}) {
                if (isLatin(given) && NameLexicon.isLatinGivenName(given)) {
                    Group other = out.get(given);
                    out.put(given, out.containsKey(given) && other != g ? null : g);
                }
            }
        }
        return out;
    }

    /** The one person a lone given name, or its short form ("Dave", "Ginni"), names; null when none or several. */
    private static Group givenNameOwner(Map<String, Group> byGivenName, String word) {
        Group owner = byGivenName.get(word);
        if (byGivenName.containsKey(word) && owner == null) {
            return null;
        }
        for (String full : NameLexicon.fullGivenNames(word)) {
            Group g = byGivenName.get(full);
            if ((g == null && byGivenName.containsKey(full)) || (g != null && owner != null && g != owner)) {
                return null;
            }
            owner = g != null ? g : owner;
        }
        return owner;
    }

    /** Whether every word after the first is one a short name drops: "Merian Global Investors". */
    private static boolean genericTail(String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (!GENERIC_ENDINGS.contains(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "صندوق الثقافي" read out of «للصندوق الثقافي»: a cue noun before a definite adjective agrees with it, so the
     * name as written on its own is "الصندوق الثقافي"; null for other names ("صندوق الابتكار" is a construct).
     */
    private static String definiteCue(String surface) {
        String[] words = surface.split(" ");
        if (words.length < 2 || words[0].startsWith("ال") || Cues.arabicCue(TextNormalizer.normalize(words[0])) == null) {
            return null;
        }
        String adjective = TextNormalizer.normalize(words[1]);
        return adjective.startsWith("ال") && (adjective.endsWith("ي") || adjective.endsWith("يه")) ? "ال" + surface : null;
    }

    /**
     * An Arabic name without the word it opens with when that word is one of {@code words} (a company's cue noun: «شركة
     * التصنيع الوطنية» is also «التصنيع الوطنية»; a place's kind: «محافظة الخرج» is also «الخرج»), or null.
     */
    private static String withoutFirstWord(String surface, Set<String> words) {
        int space = surface.indexOf(' ');
        if (space < 0 || !hasArabicLetter(surface)) {
            return null;
        }
        return words.contains(TextNormalizer.normalize(surface.substring(0, space))) ? surface.substring(space + 1) : null;
    }

    /**
     * An unknown name written again a little otherwise is the same thing: a company's with one long vowel more in a
     * transliterated word («أوجيه تليكوم», later «أوجيه تيليكوم»: as many words, one written alike, each other one inner
     * ا، و or ي longer; الرياض is no spelling of الرياضي, its ي ends the word), a person's with the family name's article
     * or without («تامر المهدي», later «تامر مهدي»: the same given name, the other words alike but for an ال). A later
     * group joins the first earlier one it respells.
     */
    private static void mergeRespellings(Map<Object, Group> groups, EntityType type) {
        List<Group> named = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.entry == null && g.type() == type && g.merged == null) {
                named.add(g);
            }
        }
        for (int later = 1; later < named.size(); later++) {
            for (int first = 0; first < later; first++) {
                String[] a = named.get(first).firstWords();
                String[] b = named.get(later).firstWords();
                if (named.get(first).merged == null
                        && (type == EntityType.PERSON ? articleSpelling(a, b) : vowelSpelling(a, b))) {
                    named.get(later).merged = named.get(first);
                    break;
                }
            }
        }
    }

    private static boolean articleSpelling(String[] a, String[] b) {
        if (a.length != b.length || a.length < 2 || !a[0].equals(b[0]) || !TextNormalizer.isArabicLetter(a[0].charAt(0))) {
            return false;
        }
        boolean respelled = false;
        for (int k = 1; k < a.length; k++) {
            if (a[k].equals(b[k])) {
                continue;
            }
            if (a[k].length() > 4 && a[k].equals("ال" + b[k]) || b[k].length() > 4 && b[k].equals("ال" + a[k])) {
                respelled = true;
            } else {
                return false;
            }
        }
        return respelled;
    }

    private static boolean vowelSpelling(String[] a, String[] b) {
        if (a.length != b.length || a.length < 2) {
            return false;
        }
        boolean alike = false;
        boolean respelled = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k].equals(b[k])) {
                alike = true;
            } else if (oneInnerVowelMore(a[k], b[k]) || oneInnerVowelMore(b[k], a[k])) {
                respelled = true;
            } else {
                return false;
            }
        }
        return alike && respelled;
    }

    /** Whether {@code longer} is {@code shorter} (five letters or more) with one more ا، و or ي inside it: تيليكوم, تليكوم. */
    private static boolean oneInnerVowelMore(String shorter, String longer) {
        if (shorter.length() < 5 || longer.length() != shorter.length() + 1 || !TextNormalizer.isArabicLetter(longer.charAt(0))) {
            return false;
        }
        for (int k = 1; k < longer.length() - 1; k++) {
            char c = longer.charAt(k);
            if ((c == 'ا' || c == 'و' || c == 'ي') && (longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "شركة النصر للمقاولات" after "شركة النصر العامة للمقاولات", "حسن علام" after "حسن محمد علام": an Arabic
     * organization's name with words left out, its first word kept (alone, when a لـ complement followed it: «زيفر»,
     * «زيفر للتقنية»), is that organization; a person's, its first and last kept («خالد الحربي» after «خالد بن سعد
     * الحربي»), is that person.
     */
    private static void mergeShortenedNames(Map<Object, Group> groups) {
        List<Group> named = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.entry == null && (g.type() == EntityType.ORGANIZATION || g.type() == EntityType.PERSON) && g.merged == null) {
                named.add(g);
            }
        }
        for (Group shorter : named) {
            String[] words = shorter.firstWords();
            boolean person = shorter.type() == EntityType.PERSON;
            if (words.length < (person ? 2 : 1) || !TextNormalizer.isArabicLetter(words[0].charAt(0))
                    || words.length == 2 && Gazetteer.get().isPlaceWord(words[1])) {
                continue; // «بنك الصين» is whole: a bank named by its country is not «بنك الصين الصناعي والتجاري»
            }
            for (Group longer : named) {
                if (longer == shorter || longer.merged != null || longer.type() != shorter.type()) {
                    continue;
                }
                boolean shortens = false;
                for (String form : longer.forms) {
                    String[] full = withoutCueWord(form.split(" "), person);
                    // a person's given and family names, the father's between them left out: «عمر مغربل», «عمر بن عماد مغربل»
                    boolean sameEnds = !person || full[full.length - 1].equals(words[words.length - 1]);
                    boolean cueLeftOut = full.length == words.length && full.length < form.split(" ").length;
                    // a company's one word is its name only before what it does
                    boolean oneWord = words.length > 1 || ArabicWords.tradeFollowsFirstWord(full);
                    if ((full.length > words.length || cueLeftOut) && oneWord && full[0].equals(words[0]) && sameEnds
                            && subsequence(words, full)) {
                        shortens = true; // «بلومارا القابضة» after «مجموعة بلومارا القابضة»: its cue left out too
                        break;
                    }
                }
                if (shortens) {
                    shorter.merged = longer;
                    break;
                }
            }
        }
    }

    /**
     * "Avon Rubber PLC" and "Avon Rubber", "Dresser-Rand Group Inc" and the known Dresser-Rand: a Latin company's name
     * and that name with its legal ending are one company, known by the short name; "Blu Smart Mobility Pvt Ltd" and
     * "Blu Smart", a short name the long one opens with generic words after it, are one company too.
     */
    private static void mergeLongLatinNames(Map<Object, Group> groups) {
        List<Group> orgs = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.type() == EntityType.ORGANIZATION && g.merged == null && isLatin(g.nameWords()[0])) {
                orgs.add(g);
            }
        }
        for (Group longer : orgs) {
            if (longer.entry != null) {
                continue;
            }
            for (Group shorter : orgs) {
                if (shorter == longer || shorter.root() == longer.root()) {
                    continue;
                }
                String[] words = shorter.nameWords();
                String[] full = longer.firstWords();
                if (full.length <= words.length || (shorter.entry == null && words.length < 2) || !startsWith(full, words)) {
                    continue; // one unknown word is the short name "Mistral" of "Mistral AI", merged by its first word
                }
                if (tailIn(full, words.length, LEGAL_ENDINGS)) {
                    longer.merged = shorter;
                    break;
                }
                if (shorter.entry == null && tailIn(full, words.length, GENERIC_ENDINGS)) {
                    shorter.merged = longer;
                    break;
                }
            }
        }
    }

    private static boolean startsWith(String[] full, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!full[k].equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean tailIn(String[] full, int from, Set<String> endings) {
        for (int k = from; k < full.length; k++) {
            if (!endings.contains(full[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Teo Blidarus" after "Teodor Blidarus", "Dave Zinsner" beside "David Zinsner": the same surname with the given
     * name cut short, or in its familiar form, is the same person.
     */
    private static void mergeShortGivenNames(Map<Object, Group> groups) {
        List<Group> people = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.entry == null && g.type() == EntityType.PERSON && g.merged == null && g.nameWords().length == 2) {
                people.add(g);
            }
        }
        for (Group shorter : people) {
            String[] words = shorter.nameWords();
            for (Group longer : people) {
                String[] full = longer.nameWords();
                boolean cut = words[0].length() >= 3 && full[0].length() > words[0].length() && full[0].startsWith(words[0]);
                if (longer != shorter && longer.merged == null && full[1].equals(words[1]) && isLatin(words[0])
                        && (cut || Arrays.asList(NameLexicon.fullGivenNames(words[0])).contains(full[0]))) {
                    shorter.merged = longer;
                    break;
                }
            }
        }
    }

    /** An organization's folded words without the cue noun that opens them («مجموعه بلومارا» → «بلومارا»). */
    private static String[] withoutCueWord(String[] words, boolean person) {
        return !person && words.length > 1 && COMPANY_CUES.contains(words[0]) ? Arrays.copyOfRange(words, 1, words.length)
                : words;
    }

    private static boolean subsequence(String[] part, String[] whole) {
        int k = 0;
        for (String w : whole) {
            if (k < part.length && part[k].equals(w)) {
                k++;
            }
        }
        return k == part.length;
    }

    /**
     * "its Ruston area glass plant", then "the Ruston plant", "the Ruston facility": sites named by one town with
     * other site words are one site.
     */
    private static void mergeTownSites(Map<Object, Group> groups) {
        Map<String, Group> byTown = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.type() != EntityType.FACILITY || g.entry != null || g.merged != null) {
                continue;
            }
            String surface = g.firstSurface;
            int space = surface.indexOf(' ');
            while (space > 0 && space + 1 < surface.length() && Character.isUpperCase(surface.charAt(space + 1))) {
                space = surface.indexOf(' ', space + 1); // "St. Johnsbury plant": the town runs to the first lower-case word
            }
            if (space <= 0 || !Character.isLowerCase(surface.charAt(space + 1))) {
                continue;
            }
            Group first = byTown.putIfAbsent(fold(surface.substring(0, space)), g);
            if (first != null) {
                g.merged = first;
            }
        }
    }

    /** "the S4" after "the Galaxy S4": a product's model designation alone names the product. */
    private static void mergeModelDesignations(Map<Object, Group> groups) {
        List<Group> products = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.type() == EntityType.PRODUCT) {
                products.add(g);
            }
        }
        for (Group g : groups.values()) {
            String model = g.firstSurface;
            if (g.entry != null || g.merged != null || model.contains(" ") || !hasDigit(model) || !hasLetter(model)) {
                continue;
            }
            for (Group full : products) {
                if (full != g && full.merged == null && full.firstSurface.endsWith(" " + model)) {
                    g.merged = full;
                    break;
                }
            }
        }
    }

    /** "City Hall" after "Scranton City Hall": the end of a facility's name names it. */
    private static void mergeFacilityTails(Map<Object, Group> groups) {
        List<Group> facilities = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.type() == EntityType.FACILITY) {
                facilities.add(g);
            }
        }
        for (Group g : facilities) {
            String tail = " " + fold(g.firstSurface);
            if (g.entry != null || !tail.substring(1).contains(" ")) {
                continue;
            }
            for (Group full : facilities) {
                if (full != g && full.merged == null && fold(full.firstSurface).endsWith(tail)) {
                    g.merged = full;
                    break;
                }
            }
        }
    }

    /** "Aguera y Arcas", "van der Berg": a lower-case Latin word after the given name joins a surname of several words. */
    private static boolean particleIn(String surface) {
        String[] words = surface == null ? new String[0] : surface.split(" ");
        for (int k = 1; k < words.length; k++) {
            if (!words[k].isEmpty() && Character.isLowerCase(words[k].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatin(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x250) {
                return false;
            }
        }
        return true;
    }

    // loops rather than chars() streams with lambdas: the first document pays each lambda's class and each stream
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasArabicLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextNormalizer.isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "MoD", "DoJ": a short acronym that keeps the small word of its name ("of") in lower case. */
    private static boolean mixedCaseAcronym(String s) {
        if (s.length() < 3 || s.length() > 6 || !Character.isUpperCase(s.charAt(0))
                || !Character.isUpperCase(s.charAt(s.length() - 1))) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) || c > 'z') {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    private static String capitals(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Whether each letter of a mixed-case acronym starts the next word of the name, case for case: "MoD" spells
     * "Ministry of Defence"; a small word the acronym leaves out may be skipped ("DfE", "Department for Education").
     */
    private static boolean spelledOut(String acronym, String name) {
        String[] words = name.split(" ");
        int a = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (a < acronym.length() && word.charAt(0) == acronym.charAt(a)) {
                a++;
            } else if (!Character.isLowerCase(word.charAt(0))) {
                return false;
            }
        }
        return a == acronym.length();
    }

    /** Capital initials of a name's words: "Competition and Markets Authority" → CMA. */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.length() > 1) {
                out.append(word.charAt(0));
            }
        }
        return name.contains(" ") ? out.toString() : "";
    }

    private static String canonicalName(Group g, EntityType type) {
        if (g.entry != null) {
            return g.entry.name();
        }
        if (g.name != null) {
            return g.name;
        }
        String surface = g.firstSurface;
        boolean arabic = hasArabicLetter(surface);
        if (arabic && type == EntityType.PERSON) {
            return Transliterator.name(surface);
        }
        return surface;
    }

    /**
     * «عبد العزيز» and «عبدالعزيز» are one name, written apart or joined: the identity of an Arabic name joins «عبد»
     * to the divine name after it.
     */
    private static String servantJoined(String folded) {
        return folded.contains("عبد ال") ? folded.replace("عبد ال", "عبدال") : folded;
    }

    /** Folded name with punctuation and spacing reduced to single spaces: the identity of an unknown name. */
    static String fold(String s) {
        // into chars, not a StringBuilder: the resolver folds every surface and name, and per-char appends cost most
        char[] out = new char[s.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = TextNormalizer.fold(s.charAt(i));
            if (c == 0) {
                continue;
            }
            if (c == '+' && n > 0 && !space) {
                out[n++] = c; // "S23+", "ESPN+": a plus glued to a name makes another product than the one without it
            } else if (Character.isLetterOrDigit(c)) {
                if (space && n > 0) {
                    out[n++] = ' ';
                }
                out[n++] = c;
                space = false;
            } else {
                space = true;
            }
        }
        return new String(out, 0, n);
    }
}
