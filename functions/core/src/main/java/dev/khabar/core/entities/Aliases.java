package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second names a text gives a name: a ticker or acronym in parentheses right after it ("Cisco Systems (CSCO)",
 * "Symantec (GEN 1.00%)", "(NASDAQ: SPLK)") and a name after "aka" ("NIITEK -- aka Non-Intrusive Inspection
 * Technology"). The second name becomes a spelling of the first, here and wherever else the text uses it.
 */
final class Aliases {
    /** Words written before a ticker inside its parentheses: "(ticker: CSCO)", "(symbol: GE)". */
    private static final Set<String> TICKER_WORDS = WordSet.of("ticker", "symbol", "stock", "tickers");

    private Aliases() {
    }

    static void find(List<Token> tokens, MentionSink sink) {
        List<Mention> mentions = List.copyOf(sink.sorted());
        Map<Integer, Mention> byStart = new HashMap<>();
        for (Mention m : mentions) {
            byStart.put(m.startToken(), m);
        }
        Map<String, Mention> fullOf = new HashMap<>();
        for (Mention m : mentions) {
            int e = m.endToken();
            if (e + 2 < tokens.size() && tokens.get(e).is("'s") && tokens.get(e + 1).is("(")) {
                e++; // "Apple's (AAPL) ecosystem": the ticker after the possessive is the company's
            }
            if (quoted(tokens, m) && e + 2 < tokens.size() && tokens.get(e + 1).is("(")) {
                e++; // «شركة "وانا" (إنوي)»: past the quotes closing the name
            }
            Mention second = null;
            if (e + 1 < tokens.size() && opens(tokens.get(e))) {
                int t = e + 1;
                if (t + 2 < tokens.size() && tickerOpener(tokens.get(t)) && tokens.get(t + 1).is(":")) {
                    t += 2; // "(NASDAQ: CSCO)", "(Nasdaq: CSCO)", "(ticker: CSCO)": the exchange or the word ticker, then the ticker
                }
                Mention inner = byStart.get(t);
                if (inner != null && (inner.endToken() == t + 1 && allCaps(tokens.get(t)) || gluedCapitals(tokens, inner)
                        || arabicOtherName(tokens, m, inner)) && closes(tokens, inner.endToken())) {
                    second = inner;
                }
            } else if (e + 1 < tokens.size() && Cues.isQuote(tokens.get(e).surface()) && m.type() == EntityType.ORGANIZATION) {
                Mention inner = byStart.get(e + 1); // شركة النصر للمقاولات "حسن محمد علام": its other name, in quotes
                if (inner != null && inner.endToken() < tokens.size() && Cues.isQuote(tokens.get(inner.endToken()).surface())) {
                    second = inner;
                }
            } else if (byStart.get(e) != null && byStart.get(e).endToken() == e + 1 && bareTicker(tokens, m.startToken(), e)) {
                second = byStart.get(e); // "Comverge COMV announced": a ticker written right after the name, unbracketed
            } else if (sameNameInLatin(tokens, m, byStart.get(e), false)) {
                second = byStart.get(e); // «جينكو فنتشرز Ginko Ventures»: the Latin spelling right after the Arabic
            } else if (e + 1 < tokens.size()) {
                int t = e;
                while (t < Math.min(tokens.size(), e + 3) && tokens.get(t).script() == Script.PUNCT) {
                    t++;
                }
                if (t + 1 < tokens.size() && (tokens.get(t).is("aka")
                        || (tokens.get(t).is("formerly") && !tokens.get(t + 1).is("known")))) {
                    second = byStart.get(t + 1);
                } else if (t > e) {
                    second = byStart.get(knownAs(tokens, t));
                }
            }
            int comma = e < tokens.size() && CompanySuffixes.REGISTERED.contains(tokens.get(e).norm()) ? e + 1 : e;
            if (second == null && comma + 2 < tokens.size() && tokens.get(comma).is(",") && tokens.get(comma + 1).is("or")
                    && byStart.get(comma + 2) != null && spellsInitials(tokens, m.startToken(), comma, byStart.get(comma + 2))) {
                second = byStart.get(comma + 2); // "International Petroleum Investment Company, or Ipic"
            }
            if (second == null && quoted(tokens, m) && sameNameInLatin(tokens, m, byStart.get(e + 1), true)) {
                second = byStart.get(e + 1); // «"إيران سل" Irancell»: the quotes bound the Arabic name, whatever its words
            }
            if (second != null && second.entry() != null && m.entry() == null && m.type() == second.type()) {
                sink.replace(m, m.aliasFor(second)); // صندوق القابضة "ADQ": the known name in quotes names the first
                continue;
            }
            if (second != null && second.entry() == null && (m.entry() == null || m.type() == second.type()
                    || second.type() == EntityType.ORGANIZATION)) {
                sink.replace(second, second.aliasFor(m));
                fullOf.putIfAbsent(second.surface(), m);
            }
        }
        arabicShortNames(tokens, sink, mentions, fullOf);
        dropLoneTickers(tokens, sink);
        if (fullOf.isEmpty()) {
            return;
        }
        for (Mention m : List.copyOf(sink.sorted())) {
            Mention full = fullOf.get(m.surface());
            if (full != null && m.entry() == null && m.aliasOf() == null) {
                sink.replace(m, m.aliasFor(full)); // CSCO again, later in the text
            }
        }
    }

    /** The word before the colon of "(NASDAQ: CSCO)": an exchange in capitals or as written (Nasdaq), or "ticker". */
    private static boolean tickerOpener(Token t) {
        return allCaps(t) || TICKER_WORDS.contains(t.norm()) || LatinNames.exchange(t.norm());
    }

    /**
     * "is publicly traded (NASDAQ: ACIA)": a ticker in an exchange's parentheses that no name stands before is the
     * company's listing, no name of its own (after a name it became that name's spelling above).
     */
    private static void dropLoneTickers(List<Token> tokens, MentionSink sink) {
        for (Mention m : List.copyOf(sink.sorted())) {
            int k = m.startToken();
            if (m.endToken() == k + 1 && m.entry() == null && m.aliasOf() == null && k >= 3 && allCaps(tokens.get(k))
                    && tokens.get(k - 1).is(":") && opens(tokens.get(k - 3)) && tickerOpener(tokens.get(k - 2))) {
                sink.dropNamesIn(k, k + 1);
            }
        }
    }

    /**
     * "الشركة السعودية للتنمية والاستثمار التقني (تقنية)": an Arabic word in parentheses right after an organization is
     * its short name; so is a parenthesized word that opens an organization's name ("(التصنيع)" after "شركة التصنيع
     * الوطنية"). Both are that organization wherever the text puts them in parentheses.
     */
    private static void arabicShortNames(List<Token> tokens, MentionSink sink, List<Mention> mentions, Map<String, Mention> fullOf) {
        Map<String, Mention> shortNames = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || tokens.get(m.startToken()).script() != Script.ARABIC) {
                continue;
            }
            int e = m.endToken();
            if (parenthesizedWord(tokens, e)) {
                shortNames.putIfAbsent(tokens.get(e + 1).norm(), m);
            }
            int first = m.startToken();
            if (m.endToken() - first >= 2 && Cues.arabicCue(tokens.get(first).norm()) != null) {
                first++;
            }
            if (m.endToken() - first >= 2) {
                shortNames.putIfAbsent(tokens.get(first).norm(), m);
            }
        }
        if (shortNames.isEmpty()) {
            return;
        }
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Mention full = parenthesizedWord(tokens, k) ? shortNames.get(tokens.get(k + 1).norm()) : null;
            if (full != null && !sink.covered(k + 1) && sink.add(k + 1, k + 2, 0, full.type(), null, null)) {
                Mention added = sink.last();
                sink.replace(added, added.aliasFor(full));
            }
        }
    }

    /**
     * Where the name starts in ", which used to be known as Y", ", formerly known as Y", ", now known as Y": a few
     * lower-case words ending in "known as" (or "renamed"), or -1.
     */
    private static int knownAs(List<Token> tokens, int t) {
        for (int k = t; k < Math.min(tokens.size() - 1, t + 6); k++) {
            Token w = tokens.get(k);
            if (w.script() != Script.LATIN || w.capitalized()) {
                return -1;
            }
            if ((w.is("as") && k > t && tokens.get(k - 1).is("known")) || w.is("renamed")) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * An Arabic name followed at once by a Latin one of as many words: the same name in two scripts. A name in quotes
     * (the Latin after the closing quote) need not have as many words: «"إيران سل" Irancell», «"اسنپ" Snapp».
     */
    private static boolean sameNameInLatin(List<Token> tokens, Mention arabic, Mention latin, boolean quoted) {
        if (latin == null || arabic.type() != latin.type() || tokens.get(arabic.startToken()).script() != Script.ARABIC
                || tokens.get(latin.startToken()).script() != Script.LATIN) {
            return false;
        }
        return quoted || words(tokens, arabic) == words(tokens, latin);
    }

    /** "G/ATOR", "R&D-X": capitals glued by slashes, hyphens or ampersands, as an acronym of a long name is written. */
    private static boolean gluedCapitals(List<Token> tokens, Mention m) {
        for (int k = m.startToken(); k < m.endToken(); k++) {
            Token t = tokens.get(k);
            boolean glue = t.is("/") || t.is("-") || t.is("&");
            if (k > m.startToken() && t.start() != tokens.get(k - 1).end() || !(glue || t.script() == Script.LATIN
                    && t.surface().equals(t.surface().toUpperCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return m.endToken() - m.startToken() >= 3;
    }

    /** A one-word name whose letters, case aside, are the initials of the capitalized words in tokens [from, to). */
    private static boolean spellsInitials(List<Token> tokens, int from, int to, Mention shorter) {
        if (shorter.endToken() != shorter.startToken() + 1 || tokens.get(shorter.startToken()).script() != Script.LATIN) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.script() == Script.LATIN && t.capitalized()) {
                initials.append(Character.toLowerCase(t.surface().charAt(0)));
            }
        }
        return initials.length() >= 2 && initials.toString().equals(tokens.get(shorter.startToken()).norm());
    }

    /**
     * «"وانا" (إنوي)»: an organization's Arabic name alone in the parentheses after an organization's name is its other
     * name (a brand for the corporate name, the short name for the long one), not a second company.
     */
    private static boolean arabicOtherName(List<Token> tokens, Mention m, Mention inner) {
        return m.type() == EntityType.ORGANIZATION && inner.type() == EntityType.ORGANIZATION
                && tokens.get(inner.startToken()).script() == Script.ARABIC && tokens.get(inner.endToken()).is(")");
    }

    /** A name between quotes, the closing one right after it. */
    private static boolean quoted(List<Token> tokens, Mention m) {
        int before = m.startToken() - 1;
        return before >= 0 && m.endToken() + 1 < tokens.size() && Cues.isQuote(tokens.get(before).surface())
                && Cues.isQuote(tokens.get(m.endToken()).surface());
    }

    private static int words(List<Token> tokens, Mention m) {
        int n = 0;
        for (int k = m.startToken(); k < m.endToken(); k++) {
            n += tokens.get(k).isWord() ? 1 : 0;
        }
        return n;
    }

    /** "( word )" with the "(" at {@code k}. */
    private static boolean parenthesizedWord(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k).is("(") && tokens.get(k + 1).script() == Script.ARABIC
                && tokens.get(k + 2).is(")");
    }

    /**
     * Whether the capitals at {@code k} are the ticker of the Latin name in [i, k), written after it unbracketed as
     * market news does ("Comverge COMV", "Velto Pharmaceuticals VLTO"): 3 to 5 capitals that spell letters of the name
     * in order, from its first.
     */
    static boolean bareTicker(List<Token> tokens, int i, int k) {
        Token t = tokens.get(k);
        String caps = t.surface();
        if (!allCaps(t) || caps.length() < 3 || caps.length() > 5 || t.start() == tokens.get(k - 1).end()
                || tokens.get(i).script() != Script.LATIN || NameLexicon.isEnglishTitleHead(t.norm())
                || allCaps(tokens.get(k - 1))) { // "SAN JOSE": a line in capitals, no ticker
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (int n = i; n < k; n++) {
            name.append(tokens.get(n).norm());
        }
        if (name.isEmpty() || name.charAt(0) != Character.toLowerCase(caps.charAt(0))) {
            return false;
        }
        int at = 0;
        for (int c = 0; c < caps.length(); c++) {
            char letter = Character.toLowerCase(caps.charAt(c));
            if (!Character.isLetter(letter)) {
                return false;
            }
            at = name.indexOf(String.valueOf(letter), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /** A ticker or acronym: 2 to 6 capital letters (S&P's "&" and digits aside). */
    static boolean allCaps(Token t) {
        String s = t.surface();
        if (t.script() != Script.LATIN || s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "(" or "[": Gulf wires bracket a listing as "[DFM: DIC]" where others write "(NASDAQ: CSCO)". */
    private static boolean opens(Token t) {
        return t.is("(") || t.is("[");
    }

    /** ")" or "]" right after, or a price move first ("GEN 1.00%)"). */
    private static boolean closes(List<Token> tokens, int k) {
        for (int j = k; j < Math.min(tokens.size(), k + 6); j++) {
            if (tokens.get(j).is(")") || tokens.get(j).is("]")) {
                return true;
            }
            Script s = tokens.get(j).script();
            if (s != Script.NUMBER && s != Script.PUNCT) {
                return false;
            }
        }
        return false;
    }
}
