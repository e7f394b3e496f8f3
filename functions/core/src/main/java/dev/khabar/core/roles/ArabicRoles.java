package dev.khabar.core.roles;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordCache;
import dev.khabar.core.text.WordFlags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic job titles (lexicon/roles-ar.tsv) with what completes them (lexicon/role-complements-ar.tsv): "النائب السابق
 * لرئيس قسم منتجات الذكاء الاصطناعي" → vice president of AI products; "مديرة إدارة المنتجات" → director of product
 * management. A genitive chain reads backwards in English, so complements are joined in reverse.
 */
public final class ArabicRoles {
    private record Title(String[] words, String english, String kind) {
    }

    private static final Map<String, List<Title>> TITLES = new HashMap<>();
    private static final Map<String, String> COMPLEMENTS = new HashMap<>();
    /** First words of the complements of two words: only these are joined with the next word to look up. */
    private static final Set<String> FIRST_OF_LONGER = new HashSet<>();
    /** Titles by first reading, computed once per word (a bounded cache): the lookup runs on every Arabic token. */
    private static final WordCache<List<Title>> CANDIDATES = new WordCache<>();
    private static final WordCache<List<Title>> TITLES_OF_WORD = new WordCache<>();
    /** Whether a title starts with the word: asked of nearly every Arabic token, of most no, so kept in its record. */
    private static final long STARTS_TITLE = WordFlags.newFlag();
    /** «السابق», «السابقة», «الأسبق» (the one before the former, former all the same): a title no longer held. */
    private static final Set<String> FORMER = Set.of("السابق", "السابقه", "الاسبق");
    /** «التنفيذي» between a deputy's word and the title deputized («النائب التنفيذي لرئيس»). */
    private static final String EXECUTIVE = "التنفيذي";
    private static final Set<String> CURRENT = Set.of("الحالي", "الحاليه", "الجديد", "الجديده");
    private static final Set<String> INTERIM = Set.of("المؤقت", "المؤقته", "الموقت", "الموقته");
    /** «بالإنابة», «المكلف», «بالتكليف»: a title held in another's stead, as «القائم بأعمال» before it says. */
    private static final Set<String> ACTING = Set.of("بالانابه", "المكلف", "المكلفه", "بالتكليف");
    /**
     * «نائب الرئيس الأول», «المدير الإقليمي», «الرئيس التنفيذي العالمي»: adjectives of a title's rank or reach, which
     * stand between it and its employer and leave the title the post it is.
     */
    private static final Set<String> RANKS = Set.of("الاول", "الاولي", "الاقليمي", "الاقليميه", "العالمي", "العالميه");
    /**
     * «رئيس بنك مصر», «رئيس المؤسسة الوطنية للنفط», «رئيسة الهيئة»: banks, public corporations, authorities and
     * associations are run by a board, and the one who heads them is its chair, as English-language papers write it
     * (a company's or a group's head is its president). Bare forms, without clitics and article.
     */
    private static final Set<String> CHAIRED_BODIES = Set.of(TextNormalizer.normalizePhrase("بنك مصرف مؤسسة هيئة رابطة")
            .split(" "));

    static {
        for (String[] row : Lexicon.rows("/lexicon/roles-ar.tsv", 3)) {
            String[] words = TextNormalizer.normalizePhrase(row[0]).split(" ");
            List<Title> titles = TITLES.get(words[0]); // not computeIfAbsent's lambda: a cold start pays its class
            if (titles == null) {
                titles = new ArrayList<>();
                TITLES.put(words[0], titles);
            }
            titles.add(new Title(words, row[1], row[2]));
        }
        for (String[] row : Lexicon.rows("/lexicon/role-complements-ar.tsv", 2)) {
            String key = TextNormalizer.normalizePhrase(row[0]);
            COMPLEMENTS.put(key, row[1]);
            if (key.contains(" ")) {
                FIRST_OF_LONGER.add(key.substring(0, key.indexOf(' ')));
            }
        }
    }

    private ArabicRoles() {
    }

    /** The title starting at token i, or null. */
    public static RoleMatch match(List<Token> tokens, int i, int limit) {
        Title title = null;
        int end = -1;
        Token first = tokens.get(i);
        if (first.script() != Script.ARABIC || !startsTitle(first)) {
            return null;
        }
        List<Title> titles = titlesOf(first.norm());
        for (int k = 0; k < titles.size(); k++) {
            Title t = titles.get(k);
            int e = matchWords(tokens, i, limit, t.words());
            if (e > end) {
                end = e;
                title = t;
            }
        }
        if (title == null) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        boolean founder = title.kind().equals("founder");
        boolean former = false;
        boolean possessive = first.norm().endsWith("ها") || first.norm().endsWith("ه") && !first.norm().endsWith("ئه");
        String english = title.english();
        if (end < limit && isFormer(tokens.get(end))) {
            former = true;
            end++;
        } else if (end < limit && isCurrent(tokens.get(end))) {
            end++;
        } else if (end < limit && INTERIM.contains(tokens.get(end).norm())) {
            english = "interim " + english; // «الرئيس المشارك المؤقت لمجلس إدارة X»: held for now, at X all the same
            end++;
        } else if (end < limit && ACTING.contains(tokens.get(end).norm())) {
            english = "acting " + english; // «الرئيس التنفيذي بالإنابة لشركة X»
            end++;
        }
        if (end < limit && RANKS.contains(tokens.get(end).norm())) {
            end++; // «نائب الرئيس الأول لشركة X»: the employer follows the adjective
        }
        if (title.kind().equals("acting")) {
            // «القائم بأعمال الرئيس التنفيذي»: the next title, held for now; alone it is no title
            RoleMatch next = end < limit ? match(tokens, end, limit) : null;
            return next == null || next.deputyOnly() || next.group() ? null : new RoleMatch(i, next.endToken(),
                    List.of("acting " + next.mainRole()), false, false, false, next.former(), possessive);
        }
        boolean aide = title.kind().equals("aide");
        if (title.kind().equals("deputy") || aide) {
            // «النائب التنفيذي لرئيس X»: an executive deputy of the next title
            boolean executive = end + 1 < limit && EXECUTIVE.equals(tokens.get(end).norm()) && match(tokens, end + 1, limit) != null;
            int from = executive ? end + 1 : end;
            RoleMatch next = from < limit ? match(tokens, from, limit) : null;
            if (next != null && !next.deputyOnly() && !next.group()) {
                String head = next.mainRole();
                int of = head.indexOf(" of ");
                String base = of < 0 ? head : head.substring(0, of);
                english = aide ? title.english() + " " + base : deputyOf(base);
                english = executive ? "executive " + english : english;
                return new RoleMatch(i, next.endToken(), List.of(withComplement(english, next, tokens)), false, false,
                        false, former || next.former(), possessive);
            }
            // «مساعد», «وكيل» alone are no title («وكيل الشركة في مصر»: its agent); «ونائبه» is someone's deputy
            return aide ? null : new RoleMatch(i, end, List.of("deputy"), false, true, false, former, possessive);
        }
        int[] complementEnd = new int[] {end};
        String complement = complement(tokens, end, limit, complementEnd);
        end = complementEnd[0];
        if (complement.isEmpty() && english.equals("head")) {
            // "رئيس مايكروسوفت", "رئيس الشركة": head of a whole organization
            english = end < limit && chairedBody(tokens.get(end)) && !headedByAPresident(tokens, end, limit) ? "chairman"
                    : "president";
        }
        roles.add(complement.isEmpty() ? english : english + " of " + complement);
        if (end < limit && isFormer(tokens.get(end))) {
            former = true;
            end++;
        } else if (end < limit && isCurrent(tokens.get(end))) {
            end++;
        }
        // "المؤسس والرئيس التنفيذي": a second title joined by و
        if (end < limit && tokens.get(end).norm().startsWith("و")) {
            RoleMatch second = match(tokens, end, limit);
            if (second != null && !second.group()) {
                roles.addAll(second.roles());
                founder |= second.founder();
                end = second.endToken();
            }
        }
        return new RoleMatch(i, end, List.copyOf(roles), founder, false, title.kind().equals("group"), former, possessive);
    }

    /** Whether a word is a title carrying the conjunction و: «ورئيس», «والمدير» (not «وزير», whose و is its own). */
    public static boolean conjoined(String norm) {
        return norm.length() > 2 && norm.charAt(0) == 'و' && !titlesOf(norm.substring(1)).isEmpty();
    }

    /**
     * «البنك الدولي», «البنك الإسلامي للتنمية», «البنك المركزي»: an international, development, regional or central
     * bank, the qualifier right after the body's noun (or after «الإسلامي»), is headed by a president or a
     * governor, not a board's chair.
     */
    private static boolean headedByAPresident(List<Token> tokens, int body, int limit) {
        int k = body + 1;
        if (k + 1 < limit && ISLAMIC.equals(tokens.get(k).norm())) {
            k++; // «البنك الإسلامي للتنمية»
        }
        return k < limit && PRESIDED_BANKS.contains(tokens.get(k).norm());
    }

    private static final String ISLAMIC = TextNormalizer.normalizePhrase("الإسلامي");
    /** The qualifiers of a bank a president or governor heads. */
    private static final Set<String> PRESIDED_BANKS = Set.of(TextNormalizer.normalizePhrase(
            "الدولي للتنمية المركزي الآسيوي الأفريقي الأوروبي للإنشاء").split(" "));

    /** «بنك», «للبنك», «المؤسسة»: a reading, without its article, is a body run by a board (the ب of «بنك» is its own). */
    private static boolean chairedBody(Token t) {
        return Clitics.anyReadingIn(CHAIRED_BODIES, t.norm());
    }

    /** English names a deputy of a head, president or chairman with "vice" («نائب لرئيس مجلس الإدارة»). */
    private static String deputyOf(String title) {
        return switch (title) {
            case "head", "president" -> "vice president";
            case "chairman" -> "vice chairman";
            default -> "deputy " + title;
        };
    }

    private static String withComplement(String english, RoleMatch next, List<Token> tokens) {
        String head = next.mainRole();
        int of = head.indexOf(" of ");
        return of < 0 ? english : english + head.substring(of);
    }

    private static boolean startsTitle(Token first) {
        WordFlags.Word word = first.word();
        return word.known(STARTS_TITLE) ? word.is(STARTS_TITLE) : word.set(STARTS_TITLE, !titlesOf(first.norm()).isEmpty());
    }

    /**
     * Titles starting with any reading of a folded word, reading by reading: asked of nearly every Arabic token, so one
     * cache lookup stands for the word's readings and a lookup for each (a bounded cache, as for the readings).
     */
    private static List<Title> titlesOf(String norm) {
        List<Title> cached = TITLES_OF_WORD.get(norm);
        if (cached != null) {
            return cached;
        }
        List<Title> all = new ArrayList<>();
        for (String reading : Clitics.readings(norm)) {
            all.addAll(candidates(reading));
        }
        return TITLES_OF_WORD.remember(norm, List.copyOf(all));
    }

    /** Titles starting with a reading, in the masculine the lexicon lists and the feminine (المديرة → المدير). */
    private static List<Title> candidates(String reading) {
        List<Title> cached = CANDIDATES.get(reading);
        if (cached != null) {
            return cached;
        }
        List<Title> all = new ArrayList<>(TITLES.getOrDefault(reading, List.of()));
        if (reading.endsWith("ه") && reading.length() >= 4) {
            addTitles(reading.substring(0, reading.length() - 1), all);
        }
        if (reading.endsWith("ها") && reading.length() >= 5) { // "مؤسسها", "مديرها": the title of its company
            addTitles(reading.substring(0, reading.length() - 2), all);
        }
        if (reading.endsWith("تها") && reading.length() >= 6) { // "مديرتها", "رئيستها": a woman's title of its company
            addTitles(reading.substring(0, reading.length() - 3), all);
        } else if (reading.endsWith("ته") && reading.length() >= 5) { // "رئيسته"
            addTitles(reading.substring(0, reading.length() - 2), all);
        }
        return CANDIDATES.remember(reading, List.copyOf(all));
    }

    /** Titles under a stem read off a suffix; not a deputy's, whose "ونائبه" is "and his deputy", a person apart. */
    private static void addTitles(String stem, List<Title> all) {
        for (Title t : TITLES.getOrDefault(stem, List.of())) {
            if (!t.kind().equals("deputy")) {
                all.add(t);
            }
        }
    }

    /**
     * «السابق», «الحالي», «الجديد»: an adjective of a title's time, which may also stand after its organization
     * («رئيس تويتر الجديد فلان») and leaves the post the title's.
     */
    public static boolean timeAdjective(Token t) {
        return isFormer(t) || isCurrent(t);
    }

    private static boolean isFormer(Token t) {
        return FORMER.contains(t.norm());
    }

    /** "الحالي", "الجديد": adjectives after a title that keep the post what it is. */
    private static boolean isCurrent(Token t) {
        return CURRENT.contains(t.norm());
    }

    private static int matchWords(List<Token> tokens, int i, int limit, String[] words) {
        if (i + words.length > limit) {
            return -1;
        }
        // "مديرها العام" for "مدير عام": a title made definite by its pronoun takes the definite adjective
        String first = Clitics.withoutConjunction(tokens.get(i).norm());
        boolean definite = !first.equals(words[0]) && (first.endsWith("ها") || first.endsWith("ه"));
        for (int k = 1; k < words.length; k++) {
            String n = tokens.get(i + k).norm();
            if (definite && n.startsWith("ال") && !words[k].startsWith("ال")) {
                n = n.substring(2);
            }
            // a feminine title agrees in every word: "المديرة التنفيذية"
            if (!n.equals(words[k]) && !(n.length() == words[k].length() + 1 && n.endsWith("ه") && n.startsWith(words[k]))) {
                return -1;
            }
        }
        return i + words.length;
    }

    /** English of the complement nouns after a title ("" when none); end[0] is moved past them. */
    private static String complement(List<Token> tokens, int from, int limit, int[] end) {
        List<String> parts = new ArrayList<>();
        int j = from;
        while (j < limit && tokens.get(j).script() == Script.ARABIC) {
            String hit = null;
            int width = 0;
            for (String reading : Clitics.readings(tokens.get(j).norm())) {
                String twoReading = j + 1 < limit && FIRST_OF_LONGER.contains(reading)
                        ? reading + " " + tokens.get(j + 1).norm() : null;
                if (twoReading != null && COMPLEMENTS.containsKey(twoReading)) {
                    hit = COMPLEMENTS.get(twoReading);
                    width = 2;
                    break;
                }
                if (COMPLEMENTS.containsKey(reading)) {
                    hit = COMPLEMENTS.get(reading);
                    width = 1;
                    break;
                }
            }
            if (hit == null) {
                break;
            }
            if (!hit.isEmpty()) {
                parts.add(hit);
            }
            j += width;
        }
        end[0] = j;
        List<String> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        return String.join(" ", reversed);
    }
}
