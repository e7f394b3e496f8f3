package dev.khabar.core.roles;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * "took on the role of", "has held the post of", "assumed the position of": a verb of holding and a noun of post, after
 * which the title held is named. Entity typing reads the phrase forward from its verb (the one who holds is a person),
 * fact finding backward from its "of" (the title after it is the subject's post).
 */
public final class PostNounPhrases {
    /** Nouns of a post, before "of" and the title: "the role of", "the position of". */
    public static final Set<String> POST_NOUNS = WordSet.of("role", "post", "position", "job", "office", "title");
    private static final Set<String> HOLDING = WordSet.of("held", "holds", "hold", "holding", "assumed", "assumes",
            "assume", "took", "takes", "take", "taken", "taking");

    private PostNounPhrases() {
    }

    /** Where the title starts when a verb of holding opens the phrase at {@code verb} ("took on the role of X"), or -1. */
    public static int titleAfterVerb(List<Token> tokens, int verb, int limit) {
        if (!HOLDING.contains(tokens.get(verb).norm())) {
            return -1;
        }
        int t = verb + 1;
        if (t < limit && tokens.get(t).is("on")) {
            t++;
        }
        return t + 3 < limit && tokens.get(t).is("the") && POST_NOUNS.contains(tokens.get(t + 1).norm())
                && tokens.get(t + 2).is("of") ? t + 3 : -1;
    }

    /** The verb of holding of the phrase whose "of" is at {@code of} ("took on the role of"), no earlier than {@code floor}; or -1. */
    public static int verbBefore(List<Token> tokens, int of, int floor) {
        if (of - 3 < floor || !tokens.get(of).is("of") || !POST_NOUNS.contains(tokens.get(of - 1).norm())
                || !tokens.get(of - 2).is("the")) {
            return -1;
        }
        int verb = tokens.get(of - 3).is("on") ? of - 4 : of - 3;
        return verb >= floor && HOLDING.contains(tokens.get(verb).norm()) ? verb : -1;
    }
}
