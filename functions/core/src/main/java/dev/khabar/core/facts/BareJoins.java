package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "Brenna Defence's chief executive, Leo Marsh, joined in 2010", "Dorne's finance chief Maya Ortiz joined last
 * March": a join that names no company after it joins the company whose title its doer holds now, written before the
 * name.
 */
final class BareJoins {
    static final Set<String> JOIN = WordSet.of("join", "joined", "joins", "joining", "rejoined", "rejoins");
    /** What may follow a join that names no company: its time or the company left ("joined in 2010 from Acme"). */
    private static final Set<String> BARE_FOLLOWERS = WordSet.of("in", "on", "last", "this", "earlier", "from", "after",
            "following", "since", "two", "three", "a", ",", ".");
    /** Words that make a title a past one, whose company is not the one joined: "Acme's former CEO". */
    private static final Set<String> PAST = WordSet.of("former", "ex", "then", "previous", "onetime", "erstwhile",
            "previously", "formerly");
    /** How many words a title before the name may take: "Acme's senior vice president of sales". */
    private static final int TITLE_REACH = 8;

    private BareJoins() {
    }

    /** The company of the title held by {@code person} when trigger {@code tr} is such a bare join; or null. */
    static String employer(Doc doc, Sentence s, Trigger tr, int person) {
        if (!JOIN.contains(doc.token(tr.startToken()).norm()) || tr.endToken() >= s.endToken()
                || !BARE_FOLLOWERS.contains(doc.token(tr.endToken()).norm())) {
            return null;
        }
        return possessedTitleBefore(doc, s, person);
    }

    /** "Brenna Defence's chief executive, Leo Marsh": the company owning the title right before the name; or null. */
    private static String possessedTitleBefore(Doc doc, Sentence s, int person) {
        int start = doc.mention(person).startToken();
        int titleEnd = start > s.firstToken() && Grammar.isComma(doc.token(start - 1)) ? start - 1 : start;
        for (int k = Math.max(s.firstToken() + 2, titleEnd - TITLE_REACH); k < titleEnd; k++) {
            RoleMatch r = doc.mentionAt[k] < 0 ? RoleFacts.match(doc, k, titleEnd) : null;
            if (r == null || r.endToken() != titleEnd || r.group() || r.deputyOnly() || r.former()) {
                continue;
            }
            int owner = doc.mentionAt[k - 2];
            return doc.token(k - 1).is("'s") && owner >= 0 && doc.type(owner) == EntityType.ORGANIZATION ? doc.id(owner) : null;
        }
        return null;
    }

    /**
     * "Tom Reyes, a former Arvo Bank director,": whether a word making the title past stands between the person's
     * mention and token {@code to}; that company is not the one joined.
     */
    static boolean pastTitle(Doc doc, int person, int to) {
        for (int k = doc.mention(person).endToken(); k < to && k < doc.tokens.size(); k++) {
            if (PAST.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
