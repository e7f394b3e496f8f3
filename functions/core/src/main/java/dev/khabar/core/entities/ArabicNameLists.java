package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;

/**
 * «وعضوية كل من مازن تركي السديري، وعلي الحديثي وسلمان الدوسري»: a list names one kind of thing, so two or three name
 * words that stand as an item of it, next to an item that is a person, name a person too, though their given name is
 * in no lexicon (مازن) or is also a word (علي, written with ي, not the preposition «على»).
 */
final class ArabicNameLists {
    private static final int MAX_WORDS = 3;

    private ArabicNameLists() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        boolean added = true;
        for (int pass = 0; pass < MAX_WORDS && added; pass++) { // an item found makes its neighbour's neighbour a person
            added = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (sink.covered(i) && opensItem(tokens, i, s.firstToken())) {
                    lengthenToFamily(tokens, i, s.endToken(), sink);
                }
                if (sink.covered(i) || !opensItem(tokens, i, s.firstToken())) {
                    continue;
                }
                int end = itemEnd(tokens, i, s.endToken(), sink);
                if (end > i && (personBefore(tokens, i, sink) || personAfter(tokens, end, s.endToken(), sink))) {
                    String word = tokens.get(i).norm();
                    int skip = MentionSink.cliticChars(tokens.get(i), Clitics.withoutConjunction(word));
                    added |= sink.add(i, end, skip, EntityType.PERSON, null, null);
                }
            }
        }
    }

    /** An item opens after a comma, joined by و, or after «كل من» ("each of"). */
    private static boolean opensItem(List<Token> tokens, int i, int first) {
        if (i == first) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return comma(before) || tokens.get(i).norm().startsWith("و")
                || before.norm().equals("من") && i - 2 >= first && tokens.get(i - 2).norm().equals("كل");
    }

    /** The end of two or three name words from {@code i}, closed by a comma, the next و item or the sentence end; or -1. */
    private static int itemEnd(List<Token> tokens, int i, int limit, MentionSink sink) {
        Token t = tokens.get(i);
        String given = Clitics.withoutConjunction(t.norm());
        boolean ali = ArabicNames.givenAli(t, false);
        if (t.script() != Script.ARABIC || given.length() < 3 || ArabicOrganizations.definite(given)
                || !ali && !ArabicNames.nameWord(t, false) || preposition(given) || ArabicRoles.match(tokens, i, limit) != null) {
            // «سالم الحربي، وزير الطاقة،»: a title apposed to the person before is no second person of a list
            return -1;
        }
        int k = i + 1;
        while (k < limit && k < i + MAX_WORDS && !sink.covered(k) && !tokens.get(k).norm().startsWith("و")
                && (ArabicNames.nameWord(tokens.get(k), true) || ArabicNames.givenAli(tokens.get(k), false) && k + 1 < limit)) {
            // «خليفة علي الخليفة»: «علي» written with ي is the father's name inside an item
            k++;
        }
        return k > i + 1 && closes(tokens, k, limit) ? k : -1;
    }


    /** A list's item closes at a comma, a full stop, the next item joined by و, or the sentence's end. */
    private static boolean closes(List<Token> tokens, int k, int limit) {
        return k == limit || comma(tokens.get(k)) || tokens.get(k).is(".") || tokens.get(k).norm().startsWith("و");
    }

    /**
     * «كل من عايدة ناصر الراشد ويوسف …»: a person of two words found at an item's opening takes the family name with
     * the article after it when the item closes right there; the item is the whole name.
     */
    private static void lengthenToFamily(List<Token> tokens, int i, int limit, MentionSink sink) {
        Mention m = sink.at(i);
        if (m == null || m.type() != EntityType.PERSON || m.entry() != null || m.startToken() != i || m.endToken() - i != 2) {
            return;
        }
        int k = m.endToken();
        if (k + 1 > limit || sink.covered(k) || !tokens.get(k).norm().startsWith("ال") || !ArabicNames.nameWord(tokens.get(k), true)
                || !closes(tokens, k + 1, limit)) {
            return;
        }
        int skip = m.start() - tokens.get(i).start();
        sink.dropNamesIn(i, k);
        sink.add(i, k + 1, skip, EntityType.PERSON, null, null);
    }

    private static boolean personBefore(List<Token> tokens, int i, MentionSink sink) {
        int last = comma(tokens.get(i - 1)) ? i - 2 : i - 1;
        Mention m = last >= 0 ? sink.at(last) : null;
        return m != null && m.type() == EntityType.PERSON && m.endToken() == last + 1;
    }

    private static boolean personAfter(List<Token> tokens, int end, int limit, MentionSink sink) {
        int next = end < limit && comma(tokens.get(end)) ? end + 1 : end;
        Mention m = next < limit ? sink.at(next) : null;
        return m != null && m.type() == EntityType.PERSON && m.startToken() == next;
    }

    /**
     * «بحضور قيادات»: a word opening with a preposition (ب، ل، ك) is no given name the lexicon has not met; a known
     * one (بندر، باسل) passes.
     */
    private static boolean preposition(String given) {
        char first = given.charAt(0);
        return (first == 'ب' || first == 'ل' || first == 'ك') && NameLexicon.arabicGivenName(given) == null;
    }

    private static boolean comma(Token t) {
        return t.is("،") || t.is(",");
    }
}
