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

    /**
     * Words right before the count of a span that make it a span of a career: "spent 20 years at", "after ten years
     * at", "his stint at", "includes stints at"; "for two years at" is not one of them.
     */
    private static final Set<String> CUES = WordSet.of("spent", "spending", "spend", "spends", "after", "his", "her",
            "includes", "included", "including");
    /** Words of the count before a span noun: "about ten", "more than 20", "a". */
    private static final Set<String> COUNT_WORDS = WordSet.of("a", "about", "around", "roughly", "nearly", "almost", "some", "over", "more",
            "than", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "several", "many", "few", "long", "brief", "short", "successful");

    private YearsAtEmployers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        boolean listed = false;
        for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || doc.token(k).script() != Script.LATIN || !SPANS.contains(doc.token(k).norm())
                    || !doc.token(k + 1).is("at")) {
                continue;
            }
            int cue = cueBefore(doc, s, k);
            String w = cue >= s.firstToken() ? doc.token(cue).norm() : "";
            if (!CUES.contains(w) && !(listed && (w.equals("and") || Grammar.isComma(doc.token(cue))))) {
                continue; // "sales had fallen for two years at Acme": a span of something else
            }
            int at = doc.token(k + 2).is("the") ? k + 3 : k + 2;
            int first = at < s.endToken() ? doc.mentionAt[at] : -1;
            if (first < 0 || doc.type(first) != EntityType.ORGANIZATION || doc.mention(first).startToken() != at) {
                continue;
            }
            int person = worker(doc, s, k);
            if (person < 0 || saidBetween(doc, person, k)) {
                continue;
            }
            listed = true;
            List<String> employers = new ArrayList<>(List.of(doc.id(first)));
            NameLists.listAfter(doc, s, first, s.endToken(), ORGANIZATION, doc.id(person), employers);
            for (String employer : employers) {
                out.add(FactType.ROLE, doc.id(person), employer, null, null, null, null, null, Attributes.evidence(doc, s), 0.5);
            }
        }
    }

    /** The token before the count of the span at {@code span} ("spent [about 20] years"), or one before the sentence. */
    private static int cueBefore(Doc doc, Sentence s, int span) {
        int k = span - 1;
        while (k >= s.firstToken() && span - k <= 5 && doc.mentionAt[k] < 0 && (COUNT_WORDS.contains(doc.token(k).norm())
                || !doc.token(k).surface().isEmpty() && Character.isDigit(doc.token(k).surface().charAt(0)))) {
            k--;
        }
        return k;
    }

    /** Whether a speech verb stands between the person and the span: "Jane Roe said the firm spent years at Acme". */
    private static boolean saidBetween(Doc doc, int person, int span) {
        for (int k = doc.mention(person).endToken(); k < span; k++) {
            if (Movers.SPEECH_VERBS.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
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
