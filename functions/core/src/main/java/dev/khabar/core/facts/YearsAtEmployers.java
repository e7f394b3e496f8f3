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
 * "after spending 25 years at Acme", "His career includes stints at A and B": a span of a career spent at a company
 * tells that the person worked there, with no title (a ROLE). The person is the one the sentence names before the
 * span, or the one a "he"/"his" there stands for.
 */
final class YearsAtEmployers {
    /** Nouns of a span of a career: "years at", "a stint at", "a spell at". */
    private static final Set<String> SPANS = WordSet.of("years", "decades", "decade", "stint", "stints", "spell", "spells");
    /** Pronouns that stand for the person whose career the span is: "his stint at", "she spent years at". */
    private static final Set<String> PRONOUNS = WordSet.of("he", "she", "his", "her");

    private YearsAtEmployers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        if (doc.token(s.firstToken()).script() != Script.LATIN) {
            return;
        }
        for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !SPANS.contains(doc.token(k).norm()) || !doc.token(k + 1).is("at")) {
                continue;
            }
            int at = doc.token(k + 2).is("the") ? k + 3 : k + 2;
            int first = at < s.endToken() ? doc.mentionAt[at] : -1;
            if (first < 0 || doc.type(first) != EntityType.ORGANIZATION || doc.mention(first).startToken() != at) {
                continue;
            }
            int person = worker(doc, s, k);
            if (person < 0) {
                continue;
            }
            List<String> employers = new ArrayList<>(List.of(doc.id(first)));
            NameLists.listAfter(doc, s, first, s.endToken(), ORGANIZATION, doc.id(person), employers);
            for (String employer : employers) {
                out.add(FactType.ROLE, doc.id(person), employer, null, null, null, null, null, Attributes.evidence(doc, s), 0.5);
            }
        }
    }

    /** The one person named before the span in the sentence, else the one a pronoun there stands for; or -1. */
    private static int worker(Doc doc, Sentence s, int span) {
        int named = PersonPronouns.onePerson(doc, s.firstToken(), span);
        if (named != -1) {
            return named; // -2 (two people named) is no one
        }
        for (int k = s.firstToken(); k < span; k++) {
            if (doc.mentionAt[k] < 0 && PRONOUNS.contains(doc.token(k).norm())) {
                return PersonPronouns.antecedent(doc, s, k);
            }
        }
        return -1;
    }
}
