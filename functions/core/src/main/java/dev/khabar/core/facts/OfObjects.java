package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * The company after an English deal noun's "of", when its "by" may follow: "the takeover of X by Y", "the purchase of
 * most of X's stores by Y", "the acquisition of the majority of X by Y". A share of the company ("most of", "the
 * majority of") and the part of it bought ("X's stores", "X's pharmacy unit") still make X the one bought.
 */
final class OfObjects {
    /** Words naming how much of the company is bought, before a second "of": "most of", "a majority of", "all of". */
    private static final Set<String> SHARES = WordSet.of("the", "a", "most", "majority", "bulk", "part", "all", "some",
            "half");
    /** How many plain words may name the part after the possessive: "X's retail pharmacy unit". */
    private static final int PART_WORDS = 3;

    private OfObjects() {
    }

    /** The mention after the noun's "of" (past a share: "most of X"), or -1. */
    static int mention(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        if (tr.arabic() || k + 1 >= s.endToken() || !doc.token(k).is("of")) {
            return -1;
        }
        int j = k + 1;
        while (j < s.endToken() && doc.mentionAt[j] < 0 && SHARES.contains(doc.token(j).norm())) {
            j++;
        }
        boolean share = j > k + 1 && j + 1 < s.endToken() && doc.token(j).is("of");
        int at = share ? j + 1 : k + 1;
        return doc.mentionAt[at] >= 0 ? doc.mentionAt[at] : described(doc, s, at);
    }

    /** "of payments startup X", "of a Danish carmaker X": the company told with its kind, or -1. */
    private static int described(Doc doc, Sentence s, int at) {
        boolean article = at < s.endToken() && (doc.token(at).is("a") || doc.token(at).is("an") || doc.token(at).is("the"));
        return at + 1 < s.endToken() ? NameLists.describedCompany(doc, article ? at + 1 : at, s.endToken()) : -1;
    }

    /** Where the phrase of the mention {@code of} ends: past "'s" and the lower-case words of its part, if any. */
    static int end(Doc doc, Sentence s, int of) {
        int k = doc.mention(of).endToken();
        if (k >= s.endToken() || !doc.token(k).is("'s")) {
            return k;
        }
        int j = k + 1;
        while (j < s.endToken() && j <= k + PART_WORDS && doc.mentionAt[j] < 0 && doc.token(j).script() == Script.LATIN
                && !doc.token(j).capitalized() && !Grammar.isPreposition(doc.token(j))) {
            j++;
        }
        return j > k + 1 ? j : k;
    }
}
