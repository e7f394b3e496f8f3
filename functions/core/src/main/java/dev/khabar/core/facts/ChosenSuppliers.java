package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "Arvelo Engineering was selected by Siemens to build a substation", "X has been hired by Y to run its warehouses": a
 * company chosen by another to do a job holds a contract with it, the chooser its client. Only with "to" and a verb after
 * the chooser: "was hired by Y" alone also tells of a person's job.
 */
final class ChosenSuppliers {
    private static final Set<String> BE = WordSet.of("was", "were", "been", "is", "are", "be");

    private ChosenSuppliers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int v = s.firstToken() + 1; v + 3 < s.endToken(); v++) {
            if (!Awards.CHOOSE.contains(doc.token(v).norm()) || !BE.contains(doc.token(v - 1).norm())
                    || !doc.token(v + 1).is("by")) {
                continue;
            }
            int client = doc.mentionAt[v + 2];
            int after = client < 0 ? -1 : doc.mention(client).endToken();
            if (client < 0 || doc.type(client) != EntityType.ORGANIZATION || after + 1 >= s.endToken()
                    || !doc.token(after).is("to") || !doc.token(after + 1).isWord() || doc.mentionAt[after + 1] >= 0) {
                continue;
            }
            int holder = -1;
            for (int m : doc.mentionsIn(Grammar.clauseStart(doc, v, s), v)) {
                if (doc.type(m) == EntityType.ORGANIZATION && !Grammar.governed(doc, m, s)) {
                    holder = m; // the last name before the verb is its subject
                }
            }
            if (holder >= 0 && !doc.id(holder).equals(doc.id(client))) {
                out.add(FactType.CONTRACT, doc.id(holder), doc.id(client), Attributes.amount(doc, s, v), null,
                        Attributes.date(doc, s, v, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
            }
        }
    }
}
