package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.ArabicLetterNames;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * «فالور إيكويتي بارتنرز (Valor Equity Partners)», «وكرافت فينتشرز (Craft Ventures)»: Arabic news spells a foreign name
 * in Arabic letters and gives the original after it in brackets. The Arabic words right before the bracketed Latin
 * name, as many as it has words (a capitals acronym spelled letter by letter, «دي إف جي» for DFJ), are that name too,
 * though no lexicon knows them.
 */
final class TransliteratedNames {
    private TransliteratedNames() {
    }

    static void find(List<Token> tokens, MentionSink sink) {
        List<Mention> mentions = List.copyOf(sink.sorted());
        Map<Integer, Mention> byEnd = new HashMap<>();
        for (Mention m : mentions) {
            byEnd.put(m.endToken(), m);
        }
        for (Mention latin : mentions) {
            int open = latin.startToken() - 1;
            if (open < 1 || !tokens.get(open).is("(") || latin.endToken() >= tokens.size() || !tokens.get(latin.endToken()).is(")")
                    || tokens.get(latin.startToken()).script() != Script.LATIN
                    || latin.type() != EntityType.ORGANIZATION && latin.type() != EntityType.PERSON) {
                continue;
            }
            Mention arabic = byEnd.get(open);
            if (arabic != null && arabic.type() == latin.type() && arabic.entry() == null && arabic.aliasOf() == null
                    && tokens.get(arabic.startToken()).script() == Script.ARABIC
                    && arabic.endToken() - arabic.startToken() == spelledWords(tokens, latin)) {
                sink.replace(arabic, spelling(arabic, latin)); // «ماثيو برودي (Matthew Brody)»: one person
                continue;
            }
            int from = spelledFrom(tokens, sink, latin, open);
            if (from >= 0 && sink.add(from, open, conjunctionChars(tokens.get(from), tokens.get(latin.startToken())),
                    latin.type(), null, null)) {
                sink.replace(sink.last(), spelling(sink.last(), latin));
            }
        }
    }

    /** The Arabic spelling as another name of the Latin one, which names them both (the original, not a romanization). */
    private static Mention spelling(Mention arabic, Mention latin) {
        Mention alias = arabic.aliasFor(latin);
        return new Mention(alias.startToken(), alias.endToken(), alias.start(), alias.end(), alias.surface(), alias.type(),
                alias.entry(), latin.name() != null ? latin.name() : latin.surface(), alias.aliasOf());
    }

    /**
     * Chars of the conjunction و to leave out of the Arabic spelling: «وكرافت» is "and Craft", «وفالور» "and Valor";
     * in «واي» (Vy) and «ويلز» (Wells) the و is the name's own first sound, a long vowel after it.
     */
    private static int conjunctionChars(Token arabic, Token latin) {
        String n = arabic.norm();
        return n.startsWith("و") && n.length() > 2 && startsSpelling(n.substring(1), latin) && !(startsSpelling(n, latin)
                && "اوي".indexOf(n.charAt(1)) >= 0) ? MentionSink.cliticChars(arabic, n.substring(1)) : 0;
    }

    /** Whether the Arabic word's first letter may spell the first sound of the Latin word. */
    private static boolean startsSpelling(String arabic, Token latin) {
        return !arabic.isEmpty() && Transliterator.mayStart(arabic.charAt(0), latin.surface().charAt(0));
    }

    /** How many Arabic words spell the Latin name: one a word, one a letter of a capitals acronym. */
    private static int spelledWords(List<Token> tokens, Mention latin) {
        int n = 0;
        for (int w = latin.startToken(); w < latin.endToken(); w++) {
            n += letters(tokens.get(w));
        }
        return n;
    }

    /** How many Arabic words spell one word of a Latin name: none for "&", "-" or ".", a letter each of a capitals acronym. */
    private static int letters(Token word) {
        return word.script() == Script.PUNCT ? 0 : Aliases.allCaps(word) ? word.surface().length() : 1;
    }

    /**
     * The first token of the Arabic words before {@code open} that spell the Latin name word for word, or -1: plain
     * Arabic words no name covers, none with the article (a foreign name is written without it), and none a function
     * word unless it spells a letter of an acronym («في» is V).
     */
    private static int spelledFrom(List<Token> tokens, MentionSink sink, Mention latin, int open) {
        int k = open;
        for (int w = latin.endToken() - 1; w >= latin.startToken(); w--) {
            Token word = tokens.get(w);
            int letters = letters(word);
            if (letters == 0) {
                continue; // "&", "-" and "." inside the Latin name are not spelled
            }
            for (int l = 0; l < letters; l++) {
                k--;
                if (k < 0 || !arabicWord(tokens.get(k), sink, k, letters > 1)) {
                    return -1;
                }
            }
            String n = tokens.get(k).norm();
            if (letters == 1 && !startsSpelling(n, word) && !(n.startsWith("و") && startsSpelling(n.substring(1), word))) {
                return -1; // «مجالات عدة (Acme Corp)»: Arabic words that do not sound like the name are no spelling of it
            }
        }
        return k;
    }

    /** A plain Arabic word free of names and the article; a function word only as a letter of an acronym. */
    private static boolean arabicWord(Token t, MentionSink sink, int k, boolean ofAcronym) {
        String n = t.norm();
        String bare = n.startsWith("و") && n.length() > 2 ? n.substring(1) : n; // not ف: «فالور» is Valor, no "and so"
        return t.script() == Script.ARABIC && !sink.covered(k) && (ofAcronym && ArabicLetterNames.is(bare) // «إل» is L
                || !ArabicOrganizations.definite(bare) && !NameLexicon.isArabicStopAsWritten(t.norm()));
    }
}
