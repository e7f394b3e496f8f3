package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Investors told as what a company has rather than what they did: "Acme, whose investors include A and B", "Acme's
 * backers are A and B", "Its investors include A" after a sentence on Acme. The owner of the noun is the company; the
 * list after the verb invests in it.
 */
final class Backers {
    private static final Set<String> NOUNS = WordSet.of("investors", "backers");
    private static final Set<String> LISTING = WordSet.of("include", "includes", "included", "including", "are", "were");
    /** Words between the owner and its noun: "whose existing investors", "Acme's early backers". */
    private static final Set<String> MODIFIERS = WordSet.of("existing", "early", "other", "current", "previous", "big",
            "major", "largest", "biggest", "main");

    private Backers() {
    }

    /** The INVESTMENT facts of "X, whose investors include A and B" at trigger {@code tr}; the last one, or null. */
    static Fact listed(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        if (tr.arabic() || !NOUNS.contains(doc.token(tr.startToken()).norm()) || tr.endToken() >= s.endToken()
                || !LISTING.contains(doc.token(tr.endToken()).norm())) {
            return null;
        }
        String company = owner(doc, s, tr.startToken());
        if (company == null) {
            return null;
        }
        int first = DealParties.namedAfter(doc, s, tr.endToken() + 1, Rounds.INVESTOR_TYPES, company);
        if (first < 0) {
            return null;
        }
        List<String> investors = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, s.endToken(), Rounds.INVESTOR_TYPES, company, investors);
        for (String investor : investors) {
            out.add(FactType.INVESTMENT, investor, company, null, null, Attributes.date(doc, s, tr.startToken(), FactType.INVESTMENT),
                    null, null, Attributes.evidence(doc, s), 0.7);
        }
        return out.last();
    }

    private static final Set<String> COUNT = WordSet.of("counts", "count", "counted", "counting");
    private static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "long", "also", "already", "now");

    /**
     * "Acme counts A and B among its backers", "Acme counted A among its investors": the names between the verb and
     * "among its" invest in the one that counts them. The last fact made, or null.
     */
    static Fact counted(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int k = tr.startToken() - 1;
        while (k > s.firstToken() && MODIFIERS.contains(doc.token(k).norm())) {
            k--;
        }
        if (!NOUNS.contains(doc.token(tr.startToken()).norm()) || k - 1 <= s.firstToken() || !doc.token(k).is("its")
                || !doc.token(k - 1).is("among")) {
            return null;
        }
        int among = k - 1;
        for (int v = among - 1; v > Math.max(s.firstToken(), among - 15); v--) { // a list of names, not a far clause
            int at = v - 1;
            while (at - 1 > s.firstToken() && AUXILIARIES.contains(doc.token(at).norm())) {
                at--; // "Acme has long counted A among its investors"
            }
            if (doc.token(at).is("which") && at - 1 > s.firstToken()) {
                at -= Grammar.isComma(doc.token(at - 1)) ? 2 : 1; // "Acme, which counts A among its backers"
            }
            int owner = doc.mentionAt[at];
            if (!COUNT.contains(doc.token(v).norm()) || owner < 0 || doc.type(owner) != EntityType.ORGANIZATION) {
                continue;
            }
            for (int m : doc.mentionsIn(v + 1, among)) {
                if (Rounds.INVESTOR_TYPES.contains(doc.type(m)) && !doc.id(m).equals(doc.id(owner))) {
                    out.add(FactType.INVESTMENT, doc.id(m), doc.id(owner), null, null,
                            Attributes.date(doc, s, tr.startToken(), FactType.INVESTMENT), null, null, Attributes.evidence(doc, s), 0.7);
                }
            }
            return out.last();
        }
        return null;
    }

    /** Words that may link a name to "investor in X" as what it is: "A, an early investor in", "A is among the backers of". */
    private static final Set<String> LINKS = WordSet.of(",", "is", "was", "are", "were", "has", "have", "been", "also",
            "already", "a", "an", "the", "one", "of", "among", "early", "existing", "major", "big", "biggest", "largest",
            "lead", "key", "first", "other", "another", "longtime", "long-time", "previous", "current", "minority",
            "majority", "strategic", "institutional", "prominent", "notable", "as", "and", "-", "time", "long",
            "become", "becomes", "became", "to", "will", "would", "remains", "remain", "planning", "plans",
            "seed", "angel", "anchor", "cornerstone", "founding", "initial", "financial", "venture"); // kinds of investor

    /**
     * "A, an early investor in X", "A is an investor in X": the noun says what the name is. Not so in "A offered
     * investors in X $10 a share", where the name does something to the investors: true only when linked.
     */
    static boolean linked(Doc doc, int subject, Trigger tr) {
        if (!NOUNS.contains(doc.token(tr.startToken()).norm()) && !doc.token(tr.startToken()).is("investor")
                && !doc.token(tr.startToken()).is("backer")) {
            return true;
        }
        for (int k = doc.mention(subject).endToken(); k < tr.startToken(); k++) {
            if (!LINKS.contains(doc.token(k).norm()) && doc.token(k).script() != Script.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /**
     * The organization owning the noun at {@code noun}: before ", whose" or before "'s"; what "its" or "the startup's"
     * stands for ("Acme makes sensors. Its investors include …"); or null.
     */
    private static String owner(Doc doc, Sentence s, int noun) {
        int k = noun - 1;
        while (k > s.firstToken() && MODIFIERS.contains(doc.token(k).norm())) {
            k--;
        }
        if (k < s.firstToken() || k == s.firstToken() && !doc.token(k).is("its")) {
            return null; // "Investors include …" opens the sentence: no owner named
        }
        if (doc.token(k).is("its")) {
            return Anaphora.possessive(doc, s, k);
        }
        if (doc.token(k).is("whose")) {
            return Grammar.relativeOwner(doc, s, k);
        }
        int m = -1;
        if (doc.token(k).is("'s") && k - 1 >= s.firstToken()) {
            m = doc.mentionAt[k - 1];
            int phrase = k - 2 >= s.firstToken() && doc.token(k - 2).is("the") ? k - 2 : k - 1;
            if (m < 0 && Anaphora.length(doc, phrase, s) == k - phrase) {
                return Anaphora.resolve(doc, phrase); // "the startup's backers"
            }
        }
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
    }
}
