package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * "Apple has unveiled its new headset … The Vision Pro headset costs $3,499": a launch tells of its product by a common
 * noun and names it a few sentences on, where the name stands before that same noun. The noun ties the two.
 */
final class UnnamedProducts {
    private static final Set<String> OPENERS = WordSet.of("its", "their", "a", "an", "the", "his", "her");
    /** Object pronouns: "Mac introduced us to personal computing" launches nothing. */
    private static final Set<String> PERSONS = WordSet.of("us", "them", "me", "you", "him", "her", "people", "users");
    private static final Set<String> NOT_HEADS = WordSet.of("new", "first", "latest", "next", "product", "products", "line",
            "range", "version", "model", "one", "generation", "series");
    private static final int PHRASE = 14;
    private static final int REACH = 5;

    private UnnamedProducts() {
    }

    /** Whether the launch word is followed by a person it is introduced to, not a product. */
    static boolean toPersons(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        return !tr.arabic() && k < s.endToken() && doc.mentionAt[k] < 0 && PERSONS.contains(doc.token(k).norm())
                && k + 1 < s.endToken() && doc.token(k + 1).is("to");
    }

    /** The product named later before the noun of the launch's unnamed object, or null. */
    static String namedLater(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            return null;
        }
        Set<String> nouns = objectNouns(doc, s, tr);
        if (nouns.isEmpty()) {
            return null;
        }
        int last = Math.min(doc.sentences.size() - 1, s.index() + REACH);
        for (int i = s.index(); i <= last; i++) {
            Sentence later = doc.sentences.get(i);
            for (int m : doc.mentionsIn(i == s.index() ? tr.endToken() : later.firstToken(), later.endToken())) {
                int after = doc.mention(m).endToken();
                if (doc.type(m) == EntityType.PRODUCT && after < later.endToken() && nouns.contains(doc.token(after).norm())) {
                    return doc.id(m);
                }
            }
        }
        return null;
    }

    /** "its state-of-the-art five-seat sedan": the words of an object phrase that names no one, from its opener on. */
    private static Set<String> objectNouns(Doc doc, Sentence s, Trigger tr) {
        Set<String> out = new HashSet<>();
        int k = tr.endToken();
        int end = Math.min(s.endToken(), k + PHRASE);
        while (k < tr.endToken() + 2 && k < end && doc.mentionAt[k] < 0 && !OPENERS.contains(doc.token(k).norm())) {
            k++; // "unveiled Thursday its …": a day between the verb and its object
        }
        if (k >= end || doc.mentionAt[k] >= 0 || !OPENERS.contains(doc.token(k).norm())) {
            return out;
        }
        for (k++; k < end; k++) {
            Token t = doc.token(k);
            if (doc.mentionAt[k] >= 0 || t.script() != Script.LATIN && !t.is("-") && t.script() != Script.NUMBER
                    || Grammar.isPreposition(t) && !doc.token(k - 1).is("-")) { // "state-of-the-art" goes on
                break;
            }
            if (t.script() == Script.LATIN && !NOT_HEADS.contains(t.norm())) {
                out.add(t.norm());
            }
        }
        return k < end && doc.mentionAt[k] >= 0 ? Set.of() : out; // "its new Pixel phone" is named already
    }
}
