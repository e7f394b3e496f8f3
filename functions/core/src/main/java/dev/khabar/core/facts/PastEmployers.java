package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A career told before the post the text is about: "Prior to that, he worked in senior roles for companies including A,
 * B and C", "Before that, she held positions at A and B". The person has left each employer the list names.
 */
final class PastEmployers {
    /** Openings that place a clause before the career told so far. */
    private static final Set<String> EARLIER = WordSet.of("prior", "before", "previously", "earlier", "formerly");
    private static final Set<String> WORKING = WordSet.of("worked", "held", "served", "spent");
    /** Words between the verb and its preposition: "worked in senior roles", "held various leadership positions". */
    private static final Set<String> POSTS = WordSet.of("in", "senior", "various", "several", "leadership", "executive",
            "management", "key", "roles", "role", "positions", "position", "posts", "a", "series", "of", "number", "years",
            "time", "stints", "also");
    private static final Set<String> EMPLOYERS = WordSet.of("at", "for", "with");
    /** "companies including", "firms such as": the kind of employer before the list. */
    private static final Set<String> KINDS = WordSet.of("companies", "firms", "groups", "organisations",
            "organizations", "businesses", "banks", "employers", "including", "such", "as", "like", "the");

    private PastEmployers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        if (doc.token(s.firstToken()).script() != Script.LATIN || !EARLIER.contains(doc.token(s.firstToken()).norm())) {
            return;
        }
        for (int v = s.firstToken() + 1; v < s.endToken(); v++) {
            if (doc.mentionAt[v] >= 0 || !WORKING.contains(doc.token(v).norm())) {
                continue;
            }
            int person = worker(doc, s, v);
            int k = v + 1;
            while (k < s.endToken() && k < v + 7 && doc.mentionAt[k] < 0 && POSTS.contains(doc.token(k).norm())) {
                k++;
            }
            if (person < 0 || k >= s.endToken() || !EMPLOYERS.contains(doc.token(k).norm())) {
                return;
            }
            k++;
            while (k < s.endToken() && doc.mentionAt[k] < 0 && KINDS.contains(doc.token(k).norm())) {
                k++;
            }
            int first = k < s.endToken() ? doc.mentionAt[k] : -1;
            if (first < 0 || doc.type(first) != EntityType.ORGANIZATION) {
                return;
            }
            List<String> employers = new ArrayList<>(List.of(doc.id(first)));
            NameLists.listAfter(doc, s, first, s.endToken(), ORGANIZATION, doc.id(person), employers);
            for (String employer : employers) {
                out.add(FactType.EMPLOYMENT_END, doc.id(person), employer, null, null, null, null, null,
                        Attributes.evidence(doc, s), 0.6);
            }
            return;
        }
    }

    /** The person before the verb: named right there, or "he"/"she" standing for the one named last. */
    private static int worker(Doc doc, Sentence s, int verb) {
        int pronoun = PersonPronouns.before(doc, s, verb);
        if (pronoun >= 0) {
            return PersonPronouns.antecedent(doc, s, pronoun);
        }
        int m = doc.mentionAt[verb - 1];
        return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
    }
}
