package dev.khabar.core.facts;

import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "Acme replaced CEO Doe with Roe", "the retailer replaced Doe with Roe as its chief executive": with an organization
 * (or a noun standing for one) as the subject of replacing, the person after the verb leaves it and the one after
 * "with" joins it, in the same post.
 */
final class ReplacedByOrganization {
    private static final Set<String> REPLACE = Set.of("replaced", "replaces", "replace");
    /** How many words a description of the newcomer may take between "with" and the name: "with company veteran X". */
    private static final int NEWCOMER_REACH = 6;
    /** How long a ", who led the company for eight years," aside after the one replaced may be. */
    private static final int ASIDE_REACH = 15;

    private ReplacedByOrganization() {
    }

    /** The newcomer's hire, after the departure of the one replaced, or null when the sentence is not this construction. */
    static Fact facts(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        if (tr.arabic() || !REPLACE.contains(doc.token(tr.endToken() - 1).norm())) {
            return null;
        }
        String org = subject(doc, s, tr);
        int leaver = org == null ? -1 : Movers.personReplaced(doc, s, tr.endToken() - 1);
        int with = leaver < 0 ? -1 : pastAside(doc, s, doc.mention(leaver).endToken());
        if (with < 0 || !doc.token(with).is("with")) {
            return null;
        }
        int newcomer = newcomer(doc, s, with + 1);
        if (newcomer < 0) {
            return null;
        }
        TakenRoles.Taken taken = TakenRoles.roleAs(doc, s, doc.mention(newcomer).endToken());
        String role = taken != null && taken.role() != null ? taken.role() : TakenRoles.roleBefore(doc, s, leaver);
        if (role == null) {
            return null; // "replaced A with B in the caption": no post, no move
        }
        DateValue date = Attributes.date(doc, s, tr.startToken(), FactType.EMPLOYMENT_START);
        var evidence = Attributes.evidence(doc, s);
        out.add(FactType.EMPLOYMENT_END, doc.id(leaver), org, null, null, date, role, null, evidence, 0.6);
        out.add(FactType.EMPLOYMENT_START, doc.id(newcomer), org, null, null, date, role, null, evidence, 0.6);
        return out.last();
    }

    /**
     * The organization doing the replacing: named before the verb in its clause with no person between, or a noun
     * phrase standing for one ("The coffee giant replaced …"); null otherwise ("Roe replaced Doe" is a person's move).
     */
    private static String subject(Doc doc, Sentence s, Trigger tr) {
        int from = Grammar.clauseStart(doc, tr.startToken(), s);
        if (doc.mentionsIn(from, tr.startToken()).stream().anyMatch(m -> doc.type(m) == EntityType.PERSON)) {
            return null;
        }
        int o = TriggerFacts.subjectMention(doc, s, tr, Grammar.ORGANIZATION);
        if (o >= 0) {
            return doc.id(o);
        }
        int noun = Anaphora.firstIn(doc, s, from, tr.startToken());
        return noun >= 0 ? Anaphora.resolve(doc, noun) : null;
    }

    /** The token at {@code k}, or past a comma-closed aside about the one replaced (", who …,"); -1 past the sentence. */
    private static int pastAside(Doc doc, Sentence s, int k) {
        if (k >= s.endToken() || !Grammar.isComma(doc.token(k))) {
            return k < s.endToken() ? k : -1;
        }
        for (int j = k + 1; j < Math.min(s.endToken() - 1, k + ASIDE_REACH); j++) {
            if (Grammar.isComma(doc.token(j))) {
                return j + 1;
            }
        }
        return -1;
    }

    /** The first person named after "with", past a description that names no one else or only an organization. */
    private static int newcomer(Doc doc, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken(), from + NEWCOMER_REACH); k++) {
            if (Grammar.isComma(doc.token(k))) {
                return -1;
            }
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.PERSON) {
                return m;
            }
        }
        return -1;
    }
}
