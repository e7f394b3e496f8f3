package dev.khabar.core.facts;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordCache;
import dev.khabar.core.text.WordFlags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The trigger words of lexicon/triggers.tsv, indexed for one lookup per token reading. */
final class TriggerLexicon {
    private record Form(String[] words, boolean prefix, FactType type, String kind) {
    }

    /**
     * Inflection and pronoun endings an Arabic trigger may carry (سرحت، عينته، أسسها، استقالوا). Not ي: on a verb or
     * noun it makes an adjective or a name (تركي Turkish/Turki, استثماري), not a statement.
     */
    private static final Set<String> SUFFIXES = WordSet.of("ت", "ا", "ه", "ها", "هم", "وا", "ون", "ين", "ات", "تها",
            "ته", "هما", "ان", "تا");
    private static final Map<String, List<Form>> ARABIC_EXACT = new HashMap<>();
    private static final List<Form> ARABIC_PREFIX = new ArrayList<>();
    private static final Map<String, List<Form>> ENGLISH = new HashMap<>();
    private static final WordCache<List<Form>> CANDIDATES = new WordCache<>();
    private static final long MAY_START = WordFlags.newFlag();

    static {
        for (String[] row : Lexicon.rows("/lexicon/triggers.tsv", 4)) {
            boolean prefix = row[2].endsWith("*");
            String folded = TextNormalizer.normalizePhrase(prefix ? row[2].substring(0, row[2].length() - 1) : row[2]);
            Form form = new Form(folded.split(" "), prefix, FactType.valueOf(row[1]), row[3]);
            if (row[0].equals("ar")) {
                if (prefix) {
                    ARABIC_PREFIX.add(form);
                } else {
                    listAt(ARABIC_EXACT, form.words()[0]).add(form);
                }
            } else {
                listAt(ENGLISH, form.words()[0].split("-")[0]).add(form);
            }
        }
    }

    /** The list under a key, added when missing (not computeIfAbsent's lambda: a cold start pays its class). */
    private static List<Form> listAt(Map<String, List<Form>> map, String key) {
        List<Form> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    /**
     * «بقيمة استثمارية», «فرص استثمارية»: the adjective made from a trigger's noun describes a thing and states no act,
     * so a prefix form does not match the noun with these endings.
     */
    private static final Set<String> NISBA_ENDINGS = Set.of("ي", "يه", "يا", "يين", "يون", "يات");

    private TriggerLexicon() {
    }

    /** "release" as a noun of a statement after these words: "a press release", "news releases". */
    private static final Set<String> RELEASE_NOUNS = WordSet.of("release", "releases");
    private static final Set<String> STATEMENT_KINDS = WordSet.of("press", "news", "media");

    /** The trigger at token i, or null. */
    static Trigger at(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (t.script() == Script.ARABIC) {
            return mayStart(t) ? arabic(tokens, i, limit) : null;
        }
        if (t.script() != Script.LATIN || !mayStart(t)) {
            return null;
        }
        List<Form> forms = ENGLISH.get(t.norm());
        if (forms == null) {
            return null; // most words start no trigger: no iterator on the hot path
        }
        if (RELEASE_NOUNS.contains(t.norm()) && i > 0 && STATEMENT_KINDS.contains(tokens.get(i - 1).norm())) {
            return null; // "the companies said in press releases": a statement, nothing released
        }
        Trigger best = null;
        for (Form f : forms) {
            int end = englishWords(tokens, i, limit, f.words());
            if (end > 0 && (best == null || end > best.endToken())) {
                best = new Trigger(f.type(), f.kind(), i, end, false);
            }
        }
        return best;
    }

    /**
     * Whether any form starts with the token's word: asked of every token the finders walk, and of most answered no,
     * so kept per word (an Arabic word's and a Latin word's folded forms never coincide).
     */
    private static boolean mayStart(Token t) {
        WordFlags.Word word = t.word();
        if (word.known(MAY_START)) {
            return word.is(MAY_START);
        }
        return word.set(MAY_START, t.script() == Script.ARABIC ? !arabicCandidates(t.norm()).isEmpty()
                : ENGLISH.containsKey(t.norm()));
    }

    private static int englishWords(List<Token> tokens, int i, int limit, String[] words) {
        if (words.length == 1 && words[0].contains("-")) {
            String[] parts = words[0].split("-");
            return i + 2 < limit && tokens.get(i + 1).is("-") && tokens.get(i + 2).is(parts[1]) ? i + 3 : -1;
        }
        if (i + words.length > limit) {
            return -1;
        }
        for (int k = 1; k < words.length; k++) {
            if (!tokens.get(i + k).is(words[k])) {
                return -1;
            }
        }
        return i + words.length;
    }

    private static Trigger arabic(List<Token> tokens, int i, int limit) {
        List<Form> forms = arabicCandidates(tokens.get(i).norm());
        for (int k = 0; k < forms.size(); k++) {
            Form f = forms.get(k);
            if (f.prefix()) {
                return new Trigger(f.type(), f.kind(), i, i + 1, true);
            }
            int end = arabicRest(tokens, i, limit, f.words());
            if (end > 0) {
                return new Trigger(f.type(), f.kind(), i, end, true);
            }
        }
        return null;
    }

    /**
     * «عيّنه», «عينته», «تعيينها»: an Arabic hire whose object, the one hired, is a pronoun on the verb or noun; a word
     * with the article takes no pronoun («الإطاحة», whose folded ة looks like «أطاحه»).
     */
    static boolean hiresPronoun(Token t) {
        for (String r : Clitics.readings(t.norm())) {
            if (r.startsWith("ال")) {
                continue;
            }
            for (String pronoun : OBJECT_PRONOUNS) {
                if (r.length() > pronoun.length() + 2 && r.endsWith(pronoun) && ARABIC_EXACT.getOrDefault(r, List.of()).isEmpty()
                        && arabicCandidates(r.substring(0, r.length() - pronoun.length())).stream().anyMatch(f -> f.kind().equals("hire"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> OBJECT_PRONOUNS = List.of("ه", "ها");

    /** Forms whose first word the folded token can be, best first; cached per word (a bounded cache). */
    private static List<Form> arabicCandidates(String norm) {
        List<Form> cached = CANDIDATES.get(norm);
        if (cached != null) {
            return cached;
        }
        List<Form> out = new ArrayList<>(2);
        List<String> readings = new ArrayList<>(Clitics.readings(norm));
        String last = readings.get(readings.size() - 1);
        if (last.startsWith("ال") && last.length() > 4) {
            readings.add(last.substring(2));
        }
        if (last.length() > 4 && last.charAt(0) == 'س' && "يتنا".indexOf(last.charAt(1)) >= 0) {
            readings.add(last.substring(1)); // the future prefix: ستستثمر، سيطلق، ستستحوذ
        }
        for (String r : readings) {
            out.addAll(ARABIC_EXACT.getOrDefault(r, List.of()));
            for (String suffix : SUFFIXES) {
                if (r.length() > suffix.length() + 1 && r.endsWith(suffix)) {
                    String stem = r.substring(0, r.length() - suffix.length());
                    out.addAll(ARABIC_EXACT.getOrDefault(stem, List.of()));
                    if (stem.endsWith("ت") && suffix.charAt(0) != 'ت') {
                        // a feminine noun's ة is written ت before a pronoun: جولتها، صفقتها
                        out.addAll(ARABIC_EXACT.getOrDefault(stem.substring(0, stem.length() - 1) + "ه", List.of()));
                    }
                }
            }
            if (r.length() > 4 && r.endsWith("تي")) {
                // a feminine noun's dual before its complement drops ان: «مذكرتي تفاهم», «اتفاقيتي تعاون»
                out.addAll(ARABIC_EXACT.getOrDefault(r.substring(0, r.length() - 2) + "ه", List.of()));
            }
            for (Form f : ARABIC_PREFIX) {
                if (r.startsWith(f.words()[0]) && !NISBA_ENDINGS.contains(r.substring(f.words()[0].length()))) {
                    out.add(f);
                }
            }
        }
        return CANDIDATES.remember(norm, List.copyOf(out));
    }

    /**
     * «كشفت شركة "X" عن هاتف …», «حصلت شركة X على تمويل»: the verb's subject may stand between the verb and the
     * preposition its form goes on with; the trigger is then the verb alone, so the subject after it is read as in
     * «أطلقت شركة X هاتف Y». A few words at most, within one clause, and the form's words after the preposition right
     * after it.
     */
    private static int subjectBeforePreposition(List<Token> tokens, int i, int limit, String[] words) {
        int reach = i + 8;
        for (int k = i + 2; k < Math.min(limit, reach); k++) {
            int past = Grammar.pastTimeOrBracket(tokens, Grammar.pastSeatAside(tokens, k, limit), limit);
            past = Grammar.pastTimeOrBracket(tokens, past, limit);
            if (past > k) {
                reach += past - k; // «حصلت شركة X، ومقرها دبي، على تمويل», «كشفت X (Latin)، اليوم الجمعة، عن»
                k = past;
                if (k >= limit) {
                    return -1;
                }
            }
            Token t = tokens.get(k);
            if (t.is(words[1])) {
                return k + words.length - 2 < limit && restFollows(tokens, k, words, 2) ? i + 1 : -1;
            }
            if (t.script() == Script.PUNCT && !Grammar.isQuote(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Words a verb's subject may stand before (a form's second word): prepositions, and the «خدمات» ("services") of
     * «أنهت شركة X خدمات فلان» ("X ended so-and-so's services": dismissed him).
     */
    private static final Set<String> AFTER_SUBJECT = Set.of("عن", "علي", "خدمات");

    /** Whether the form's words from {@code from} on follow the token at {@code at}, one by one. */
    private static boolean restFollows(List<Token> tokens, int at, String[] words, int from) {
        for (int k = from; k < words.length; k++) {
            if (!Clitics.bare(tokens.get(at + k - from + 1).norm()).startsWith(Clitics.bare(words[k]))) {
                return false;
            }
        }
        return true;
    }

    private static int arabicRest(List<Token> tokens, int i, int limit, String[] words) {
        if (words.length >= 2 && AFTER_SUBJECT.contains(words[1]) && i + 1 < limit && !tokens.get(i + 1).is(words[1])) {
            return subjectBeforePreposition(tokens, i, limit, words);
        }
        if (i + words.length > limit) {
            return -1;
        }
        return restFollows(tokens, i, words, 1) ? i + words.length : -1;
    }
}
