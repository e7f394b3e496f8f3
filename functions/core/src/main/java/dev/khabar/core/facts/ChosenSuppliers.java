package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "Arvelo Engineering was selected by Siemens to build a substation", "X has been hired by Y to run its warehouses",
 * "Siemens picked Arvelo to build a substation": a company chosen by another to do a job holds a contract with it, the
 * chooser its client. Only with "to" and a verb after the chooser, or a job or a supplier's post after the chosen:
 * "was hired by Y" alone also tells of a person's job.
 */
final class ChosenSuppliers {
    private static final Set<String> BE = WordSet.of("was", "were", "been", "is", "are", "be");

    /** Jobs a supplier is chosen to do: "picked X to supply batteries", "hired X to build its plant". */
    private static final Set<String> JOBS = WordSet.of("supply", "build", "provide", "deliver", "develop", "design",
            "construct", "manufacture", "operate", "run", "manage", "install", "maintain", "produce", "make", "upgrade",
            "rebuild", "refit", "repair", "renovate", "expand", "modernise", "modernize", "deploy", "implement");
    /** The posts of a chosen supplier: "chose X as its supplier". */
    private static final Set<String> SUPPLIER_POSTS = WordSet.of("supplier", "contractor", "vendor", "provider",
            "manufacturer", "builder", "operator");
    /** Words between "as" and a supplier's post: "as its main supplier", "as the sole contractor". */
    private static final Set<String> POST_OPENERS = WordSet.of("its", "their", "the", "a", "an", "main", "sole", "preferred",
            "exclusive", "lead", "new", "official", "primary", "key");

    private ChosenSuppliers() {
    }

    /**
     * "Halden Motors picked Tessor Labs to supply batteries", "chose Tessor Labs as its supplier": the company chosen
     * for a job or a supplier's post holds a contract with the chooser, the subject before the verb.
     */
    private static void chosenActively(Doc doc, Sentence s, int v, FactCollector out) {
        int holder = doc.mentionAt[v + 1];
        if (holder < 0 || doc.type(holder) != EntityType.ORGANIZATION || doc.mention(holder).startToken() != v + 1) {
            return;
        }
        int after = doc.mention(holder).endToken();
        if (!(jobAfter(doc, s, after) || supplierPostAfter(doc, s, after))) {
            return;
        }
        int client = Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, v, s), v, Grammar.ORGANIZATION, null);
        if (client >= 0 && !doc.id(holder).equals(doc.id(client))) {
            out.add(FactType.CONTRACT, doc.id(holder), doc.id(client), Attributes.amount(doc, s, v), null,
                    Attributes.date(doc, s, v, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
        }
    }

    /** "to supply", "to build": a job's verb after "to" at {@code k}. */
    private static boolean jobAfter(Doc doc, Sentence s, int k) {
        return k + 1 < s.endToken() && doc.token(k).is("to") && JOBS.contains(doc.token(k + 1).norm());
    }

    /** "as its main supplier": a supplier's post after "as" at {@code k}. */
    private static boolean supplierPostAfter(Doc doc, Sentence s, int k) {
        if (k >= s.endToken() || !doc.token(k).is("as")) {
            return false;
        }
        int t = k + 1;
        while (t < s.endToken() && POST_OPENERS.contains(doc.token(t).norm())) {
            t++;
        }
        return t < s.endToken() && SUPPLIER_POSTS.contains(doc.token(t).norm());
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int v = s.firstToken() + 1; v + 3 < s.endToken(); v++) {
            if (!Awards.CHOOSE.contains(doc.token(v).norm())) {
                continue;
            }
            if (!BE.contains(doc.token(v - 1).norm()) && !doc.token(v + 1).is("by")) {
                chosenActively(doc, s, v, out);
                continue;
            }
            if (!BE.contains(doc.token(v - 1).norm()) || !doc.token(v + 1).is("by")) {
                continue;
            }
            int client = Grammar.organizationAt(doc, s, v + 2); // "selected by the Department of Energy to build"
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
