package dev.khabar.core.roles;

import dev.khabar.core.entities.NameLexicon;
import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English job titles: a run of title words with "of"/"and" and capitalized complements ("Senior Vice President of
 * GenAI Product and Operations", "chief research officer", "head of research", "co-founder and CEO").
 */
public final class EnglishRoles {
    /** Words that make a run a title; "senior" or "data" alone do not. */
    private static final Set<String> CORE = WordSet.of("ceo", "cmd", "md", "cto", "cfo", "coo", "cpo", "cmo", "cio", "cso", "svp",
            "evp", "vp", "chief", "president", "head", "boss", "director", "manager", "founder", "cofounder", "founders", "cofounders", "chairman",
            "chairwoman", "chairperson", "chair", "engineer", "researcher", "scientist", "analyst", "officer", "minister",
            "spokesperson", "spokesman", "spokeswoman", "lead", "counsel", "secretary", "governor", "partner", "executive",
            "adviser", "advisor", "reporter", "columnist", "correspondent", "editor", "journalist", "directors", "officers", "ceos",
            "economist", "strategist", "treasurer", "undersecretary", "exec", "executives", "execs");
    private static final Set<String> STARTS = WordSet.of("ceo", "cmd", "md", "cto", "cfo", "coo", "cpo", "cmo", "cio", "cso", "svp",
            "evp", "vp", "chief", "president", "vice", "senior", "head", "boss", "director", "directors", "managing", "manager", "founder", "founders",
            "co", "cofounder", "cofounders", "chairman", "chairwoman", "chairperson", "chair", "engineer", "researcher", "scientist", "analyst",
            "executive", "spokesperson", "spokesman", "spokeswoman", "minister", "deputy", "general", "lead",
            "principal", "former", "research", "technical", "product", "software", "staff", "global", "adviser", "advisor",
            "partner", "non", "reporter", "columnist", "correspondent", "editor", "journalist", "independent", "special", "group",
            "economist", "strategist", "treasurer", "secretary", "undersecretary", "governor", "assistant", "communications", "marketing", "sales", "finance", "operations",
            "engineering", "interim", "acting", "board", "country", "regional", "exec", "executives", "execs");
    /**
     * Words that name a kind of post with the title after them and belong to it: "independent director", "special
     * adviser", "Group Managing Director" (the post over a whole group of companies); "country manager", "regional
     * president": the post over one market.
     */
    private static final Set<String> QUALIFIERS = WordSet.of("independent", "special", "group", "country", "regional");
    /**
     * Words that open a title's phrase ("the company's interim president", "X, board director for Acme") but stay out
     * of the post stored: "interim" and "acting" say how long it is held, "board" where a chair or director sits.
     * Alone they make no title ("acting on advice", "the board met").
     */
    private static final Set<String> TERMS = WordSet.of("interim", "acting", "board");

    /** A plural title names a group ("executives such as …"), not one person's role. */
    private static final Set<String> PLURALS = WordSet.of("executives", "execs", "leaders", "engineers", "researchers",
            "scientists", "officials", "directors", "managers", "founders", "cofounders", "officers", "ceos");

    private static final Set<String> BOARD_KINDS = WordSet.of("supervisory", "management", "executive", "advisory");
    private static final Set<String> BOARD_MEMBERS = WordSet.of("directors", "trustees", "governors");

    /** Longest phrases first, so "chief executive officer" is not read as "CEO officer". */
    private static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();
    /** Titles already abbreviated (a bounded cache): the same few titles recur in every story. */
    private static final WordCache<String> ABBREVIATED = new WordCache<>(10_000);

    /** The words of each abbreviated title ("chief human resources officer"), some of which are no title words alone. */
    private static final List<String[]> ABBREVIATED_PHRASES = new ArrayList<>();
    /** The first words of the table's phrases: a title without any of them is stored as written. */
    private static final List<String> FIRST_WORDS = new ArrayList<>();

    static {
        for (String[] row : Lexicon.rows("/lexicon/role-abbreviations-en.tsv", 2)) {
            ABBREVIATIONS.put(Pattern.compile("\\b" + Pattern.quote(row[0]) + "\\b", Pattern.CASE_INSENSITIVE), row[1]);
            String[] words = row[0].toLowerCase(Locale.ROOT).split(" ");
            ABBREVIATED_PHRASES.add(words);
            if (!FIRST_WORDS.contains(words[0])) {
                FIRST_WORDS.add(words[0]);
            }
        }
    }

    /**
     * The end of the longest abbreviated title's words starting at {@code j} ("chief revenue officer"), or -1; a chief
     * of any one or two fields closed by "officer" is one title too ("chief banking officer", "chief people officer"):
     * the office is named by its field, whichever it is, and the words between name no title alone.
     */
    private static int abbreviatedPhraseEnd(List<Token> tokens, int j, int limit) {
        int end = -1;
        for (int k = j + 2; k <= j + 3 && k < limit; k++) {
            if (!fieldWord(tokens.get(k - 1))) {
                break;
            }
            if (tokens.get(k).is("officer")) {
                end = k + 1;
                break;
            }
        }
        for (String[] words : ABBREVIATED_PHRASES) {
            int k = 0;
            while (k < words.length && j + k < limit && tokens.get(j + k).norm().equals(words[k])) {
                k++;
            }
            if (k == words.length) {
                end = Math.max(end, j + k);
            }
        }
        return end;
    }

    private EnglishRoles() {
    }

    /**
     * "mobile operations", "retail product": one or two words written small that name no title, then a title's word
     * naming the field ("operations", "product"); the index of that word, or -1.
     */
    private static int fieldBeforeTitleWord(List<Token> tokens, int k, int limit) {
        for (int j = k; j < Math.min(limit, k + 3); j++) {
            Token t = tokens.get(j);
            if (j > k && NameLexicon.isEnglishTitle(t) && !CORE.contains(t.norm())) {
                return j;
            }
            if (!fieldWord(t) || !Character.isLowerCase(t.surface().charAt(0)) || NameLexicon.isEnglishStop(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** A word that may name the field of a chief's office: a Latin word, no connective and no title's head. */
    private static boolean fieldWord(Token t) {
        return t.script() == Script.LATIN && t.isWord() && !FIELD_BREAKS.contains(t.norm()) && !CORE.contains(t.norm());
    }

    /** Words that end a chief's title before any field ("chief of staff", "chief executive and officer"). */
    private static final Set<String> FIELD_BREAKS = WordSet.of("of", "and", "at", "the", "for", "to", "in", "with");

    /** Titles "general" completes after them: "director-general", "Secretary General". */
    private static final Set<String> GENERAL_HEADS = WordSet.of("director", "secretary");

    /**
     * Whether token {@code g} is the "general" of "director-general", "Secretary General": part of the title, not a name
     * ("General Motors"), and no more a general than "General Manager" is.
     */
    public static boolean generalOfTitle(List<Token> tokens, int g) {
        if (!tokens.get(g).is("general") || g < 1) {
            return false;
        }
        int head = tokens.get(g - 1).is("-") && g >= 2 ? g - 2 : g - 1;
        return GENERAL_HEADS.contains(tokens.get(head).norm());
    }

    /** Whether token {@code g} is a "general" that a title word follows: "General Manager", "General Counsel". */
    public static boolean generalBeforeTitle(List<Token> tokens, int g) {
        return tokens.get(g).is("general") && g + 1 < tokens.size() && NameLexicon.isEnglishTitle(tokens.get(g + 1));
    }

    /** Verbs of holding a seat: "sits on the board of Acme", "served on the board of Acme". */
    private static final Set<String> SEATED = WordSet.of("sits", "sit", "sat", "sitting", "serves", "serve", "served",
            "serving");

    /**
     * The end of "member of the board (of directors)", "board member" or the "on the board" a person sits or serves on,
     * at {@code i}; or -1.
     */
    public static int boardMemberEnd(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (t.is("board") && i + 1 < limit && tokens.get(i + 1).is("member")) {
            return i + 2; // "Acme board member Jane Roe", "a board member of Acme"
        }
        if (t.is("on") && i > 0 && SEATED.contains(tokens.get(i - 1).norm())) {
            return theBoardEnd(tokens, i + 1, limit); // "sits on the board of Acme"
        }
        if (!t.is("member") || i + 1 >= limit) {
            return -1;
        }
        int end = ofTheBoard(tokens, i + 1, limit);
        return end > i + 1 ? end : -1; // "a member of the board of directors of Acme"
    }

    /** "executives", "founders": a plural title, naming a group of people. */
    public static boolean groupTitle(Token t) {
        return t.script() == Script.LATIN && PLURALS.contains(t.norm());
    }

    public static RoleMatch match(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        int board = t.script() == Script.LATIN ? boardMemberEnd(tokens, i, limit) : -1;
        if (board > 0) { // a seat on the board, whatever words tell it, is stored as one title
            return new RoleMatch(i, board, List.of("board member"), false, false, false, false, false);
        }
        if (t.script() != Script.LATIN || !STARTS.contains(t.norm())) {
            return null;
        }
        int j = i;
        boolean core = false;
        boolean founder = false;
        boolean former = false;
        int lastTitle = -1;
        while (j < limit) {
            Token w = tokens.get(j);
            String n = w.norm();
            if (j + 1 < limit && generalBeforeTitle(tokens, j)) {
                j++; // general counsel, general manager; "General Catalyst" is a name
                continue;
            }
            if (QUALIFIERS.contains(n) && j + 1 < limit && (NameLexicon.isEnglishTitle(tokens.get(j + 1))
                    || tokens.get(j + 1).is("non") || tokens.get(j + 1).is("co"))) {
                j++;
                continue;
            }
            if (TERMS.contains(n) && j == i) {
                j++;
                continue;
            }
            if (n.equals("former") && j == i) {
                former = true;
                j++;
                continue;
            }
            if (lastTitle == j - 1 && n.equals("-") && j + 1 < limit && generalOfTitle(tokens, j + 1)) {
                j++; // "director-general": the hyphen joins the title's two words
                continue;
            }
            if (lastTitle >= 0 && generalOfTitle(tokens, j)) {
                lastTitle = j++;
                continue;
            }
            int phraseEnd = n.equals("chief") ? abbreviatedPhraseEnd(tokens, j, limit) : -1;
            if (phraseEnd > 0) { // "chief human resources officer": "human" and "resources" name no title alone
                core = true;
                lastTitle = phraseEnd - 1;
                j = phraseEnd;
            } else if (w.script() == Script.LATIN && NameLexicon.isEnglishTitle(w)) {
                core |= CORE.contains(n);
                founder |= n.equals("founder") || n.equals("cofounder");
                lastTitle = j;
                j++;
            } else if (n.equals("-") && j + 1 < limit && tokens.get(j + 1).is("founder") && j > i && tokens.get(j - 1).is("co")) {
                j++;
            } else if (n.equals("-") && j > i && j + 1 < limit && tokens.get(j - 1).is("co")
                    && w.start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == w.end()
                    && NameLexicon.isEnglishTitle(tokens.get(j + 1))) {
                j++; // "co-chief executive", "co-managing director": a post shared, written with a hyphen
            } else if (n.equals("co") && j + 1 < limit && tokens.get(j + 1).is("-")) {
                j++;
            } else if (n.equals("non") && j + 2 < limit && tokens.get(j + 1).is("-")
                    && NameLexicon.isEnglishTitle(tokens.get(j + 2))) {
                j += 2; // "non-executive chairman"

            } else if ((n.equals("of") || n.equals("and") || n.equals("&")) && lastTitle == j - 1 && j + 1 < limit
                    && (NameLexicon.isEnglishTitle(tokens.get(j + 1)) || j + 3 < limit && tokens.get(j + 1).is("co")
                    && tokens.get(j + 2).is("-") && NameLexicon.isEnglishTitle(tokens.get(j + 3)))) {
                j++;
            } else if (n.equals("of") && lastTitle == j - 1 && fieldBeforeTitleWord(tokens, j + 1, limit) > 0) {
                j = fieldBeforeTitleWord(tokens, j + 1, limit); // "chief of mobile operations": a field's own word first
            } else if (n.equals("and") && founder && lastTitle == j - 1 && j + 2 < limit && tokens.get(j + 1).is("former")
                    && NameLexicon.isEnglishTitle(tokens.get(j + 2))) {
                j += 2; // "founder and former CEO X": the founder is named after both titles
            } else {
                break;
            }
        }
        if (!core || lastTitle < 0) {
            return null;
        }
        boolean term = TERMS.contains(t.norm());
        if (term && PLURALS.contains(tokens.get(lastTitle).norm())) {
            return null; // "have been interim co-CEOs": the plural is read from its title, each holding one
        }
        int start = former || term ? i + 1 : i;
        String text = storedTitle(joinSurface(tokens, start, lastTitle + 1));
        return new RoleMatch(i, ofTheBoard(tokens, lastTitle + 1, limit), founder ? splitFounder(text) : List.of(text), founder, false,
                PLURALS.contains(tokens.get(lastTitle).norm()), former, false);
    }

    /**
     * The end of "of the (supervisory) board (of directors)" after a title, or {@code k} when none follows: the
     * board is the company's own, so the title is the chairman's and the employer is the company, not "the Board".
     */
    private static int ofTheBoard(List<Token> tokens, int k, int limit) {
        int end = k < limit && tokens.get(k).is("of") ? theBoardEnd(tokens, k + 1, limit) : -1;
        return end > 0 ? end : k;
    }

    /** The end of "the (supervisory) board (of directors)" opening at {@code k}, or -1. */
    private static int theBoardEnd(List<Token> tokens, int k, int limit) {
        if (k + 1 >= limit || !tokens.get(k).is("the")) {
            return -1;
        }
        int j = k + 1;
        if (j + 1 < limit && BOARD_KINDS.contains(tokens.get(j).norm())) {
            j++;
        }
        if (!tokens.get(j).is("board")) {
            return -1;
        }
        j++;
        return j + 1 < limit && tokens.get(j).is("of") && BOARD_MEMBERS.contains(tokens.get(j + 1).norm()) ? j + 2 : j;
    }

    /**
     * The title one member of a plural title holds: "co-chief executive officers" → "co-CEO", "managing directors" →
     * "managing director".
     */
    public static String singular(List<Token> tokens, int from, int to) {
        String text = joinSurface(tokens, from, to);
        String one = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
        return one.startsWith("co-") ? "co-" + storedTitle(one.substring(3)) : storedTitle(one);
    }

    /**
     * "Chief Executive Officer" → CEO, "chair and chief executive" → "chair and CEO", "MD" → "managing director", "boss" →
     * "head": the stored form of a title.
     */
    static String storedTitle(String title) {
        if (!mayBeInTable(title.toLowerCase(Locale.ROOT))) {
            return title;
        }
        String cached = ABBREVIATED.get(title);
        if (cached != null) {
            return cached;
        }
        String out = title;
        for (Map.Entry<Pattern, String> e : ABBREVIATIONS.entrySet()) {
            out = e.getKey().matcher(out).replaceAll(e.getValue());
        }
        return ABBREVIATED.remember(title, out);
    }

    private static boolean mayBeInTable(String lowerCaseTitle) {
        for (String word : FIRST_WORDS) {
            if (lowerCaseTitle.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Between two titles held at once: compiled once, where {@code String.split} would compile it on every title. */
    private static final Pattern JOINT_TITLES = Pattern.compile(" (?:and|&) ");

    /** "CTO and cofounder" → [CTO, co-founder]: founding is a fact of its own, not part of the job title. */
    private static List<String> splitFounder(String text) {
        List<String> out = new ArrayList<>();
        for (String part : JOINT_TITLES.split(text)) {
            String folded = part.toLowerCase(Locale.ROOT).replace("-", "");
            out.add(folded.equals("cofounder") ? "co-founder" : folded.equals("founder") ? "founder"
                    : part.startsWith("former ") ? part.substring("former ".length()) : part);
        }
        return List.copyOf(out);
    }

    private static String joinSurface(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from && t.start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.surface()); // "managing director & CEO" is stored as written, as readers quote it
        }
        return sb.toString();
    }
}
