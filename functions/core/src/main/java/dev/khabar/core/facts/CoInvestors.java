package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "invested in Acme alongside A and B", "is backing Acme along with existing investors A and B", "together with
 * fellow backer C": those named after the company invested put money in it with the doer.
 */
final class CoInvestors {
    /** The first word of "along with" and "together with"; "alongside" stands alone. */
    private static final Set<String> ALONG = WordSet.of("along", "together");
    /** How many words may describe the first co-investor before its name: "alongside existing investors A". */
    private static final int REACH = 4;

    private CoInvestors() {
    }

    /** Adds an INVESTMENT in each of {@code objects} for the co-investors named after the last of them in the clause. */
    static void after(Doc doc, Sentence s, Trigger tr, String investor, List<String> objects, DateValue date, FactCollector out) {
        if (tr.arabic() || objects.isEmpty() || objects.contains(null)) {
            return;
        }
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        boolean objectSeen = false;
        for (int k = tr.endToken(); k < end; k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                objectSeen |= objects.contains(doc.id(m));
                k = doc.mention(m).endToken() - 1;
                continue;
            }
            int from = !objectSeen ? -1 : doc.token(k).is("alongside") ? k + 1
                    : ALONG.contains(doc.token(k).norm()) && k + 1 < end && doc.token(k + 1).is("with") ? k + 2 : -1;
            if (from > 0) {
                add(doc, s, from, end, investor, objects, date, out);
                return;
            }
        }
    }

    private static void add(Doc doc, Sentence s, int from, int end, String investor, List<String> objects, DateValue date,
                            FactCollector out) {
        for (int j = from; j < Math.min(end, from + REACH + 1); j++) {
            int m = doc.mentionAt[j];
            if (m >= 0) {
                if (!Rounds.INVESTOR_TYPES.contains(doc.type(m)) || objects.contains(doc.id(m))) {
                    return;
                }
                List<String> investors = new ArrayList<>(List.of(doc.id(m)));
                NameLists.listAfter(doc, s, m, end, Rounds.INVESTOR_TYPES, investor, investors);
                for (String co : investors) {
                    for (String object : objects) {
                        if (!co.equals(investor) && !co.equals(object) && !out.has(FactType.INVESTMENT, co, object)) {
                            out.add(FactType.INVESTMENT, co, object, null, null, date, null, null, Attributes.evidence(doc, s), 0.6);
                        }
                    }
                }
                return;
            }
            Token t = doc.token(j);
            if (t.script() != Script.LATIN || !t.isWord() || Grammar.isPreposition(t) || !Character.isLowerCase(t.surface().charAt(0))) {
                return; // "alongside a $5m loan from X", "along with its plans": no co-investor named
            }
        }
    }
}
