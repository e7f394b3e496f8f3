package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joining, leaving and leading: the person and the organization of a hire, a departure or a "to lead" phrase, with the
 * title taken ("as CEO", «في منصب الرئيس التنفيذي») and a successor's predecessor ("replacing X", «ليحل محل X»).
 */
final class EmploymentFacts {
    private EmploymentFacts() {
    }

    static Fact employment(Doc doc, Sentence s, Trigger tr, FactCollector out, Fact previous) {
        FactType type = tr.type();
        List<Integer> persons = new ArrayList<>();
        String org;
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        if (tr.hire()) {
            int byAt = TriggerFacts.passiveBy(doc, s, tr);
            if (byAt >= 0) {
                int o = TriggerFacts.firstAfter(doc, s, byAt + 1, end, Set.of(EntityType.ORGANIZATION), null);
                org = o < 0 ? null : doc.id(o);
                int p = lastBefore(doc, s, tr.startToken(), EntityType.PERSON);
                if (p >= 0) {
                    persons.add(p);
                }
            } else {
                int o = TriggerFacts.subjectMention(doc, s, tr, Set.of(EntityType.ORGANIZATION));
                org = o >= 0 ? doc.id(o) : TriggerFacts.fallbackSubject(doc, s, tr, previous);
                int p = TriggerFacts.firstAfter(doc, s, tr.endToken(), end, Set.of(EntityType.PERSON), null);
                if (p >= 0) {
                    persons.add(p);
                }
            }
        } else {
            int doer = doerBefore(doc, s, tr.startToken());
            if (doer >= 0) {
                persons.add(doer);
            }
            if (persons.isEmpty()) {
                for (int m : doc.mentionsIn(tr.endToken(), s.endToken())) {
                    if (doc.type(m) == EntityType.PERSON) {
                        persons.add(m);
                    }
                }
            }
            org = organizationAfter(doc, s, tr, end);
            if (org == null) {
                int o = lastBefore(doc, s, tr.startToken(), EntityType.ORGANIZATION);
                org = o >= 0 && persons.size() == 1 && o > persons.get(0) ? doc.id(o) : null;
            }
            if (org == null && type == FactType.EMPLOYMENT_END) {
                org = doc.topic;
            }
        }
        if (org == null || persons.isEmpty()) {
            return null;
        }
        var date = Attributes.nearestDate(doc, s, tr.startToken());
        String newRole = TakenRoles.roleAs(doc, s, tr.endToken());
        for (int p : persons) {
            String role = newRole != null ? newRole : TakenRoles.roleBefore(doc, s, p);
            out.add(type, doc.id(p), org, null, null, date, role, null, Attributes.evidence(doc, s), 0.7);
            if (newRole != null && type == FactType.EMPLOYMENT_START) {
                out.add(FactType.ROLE, doc.id(p), org, null, null, null, newRole, null, Attributes.evidence(doc, s), 0.7);
            }
        }
        return out.last();
    }

    /** The nearest ungoverned person before a verb, passing over ", who …," clauses about someone else. */
    private static int doerBefore(Doc doc, Sentence s, int token) {
        List<Integer> before = doc.mentionsIn(s.firstToken(), token);
        int relativeEnd = -1;
        for (int k = token - 1; k > s.firstToken(); k--) {
            if (doc.token(k).is("who") || doc.token(k).is("which") || doc.token(k).is("الذي") || doc.token(k).is("التي")) {
                relativeEnd = k;
                break;
            }
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            int m = before.get(k);
            if (relativeEnd >= 0 && doc.mention(m).startToken() > relativeEnd) {
                continue;
            }
            if (doc.type(m) == EntityType.PERSON && !objectOf(doc, m, s)) {
                return m;
            }
        }
        return -1;
    }

    private static final Set<String> OBJECT_MARKERS = Set.of("by", "with", "of", "from", "to", "for", "مع", "من", "عن", "الي");

    /** "with X", "من X", "لـX": a person who receives the action rather than does it ("after X" still acts). */
    private static boolean objectOf(Doc doc, int m, Sentence s) {
        String clitic = Grammar.clitic(doc, doc.mention(m));
        if (clitic.indexOf('ب') >= 0 || clitic.indexOf('ل') >= 0) {
            return true;
        }
        int before = doc.mention(m).startToken() - 1;
        return before >= s.firstToken() && Clitics.in(OBJECT_MARKERS, doc.token(before).norm());
    }

    private static String organizationAfter(Doc doc, Sentence s, Trigger tr, int end) {
        for (int k = tr.endToken(); k < Math.min(end, tr.endToken() + 8); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
            if (m < 0 && Anaphora.length(doc, k, s) > 0) {
                return Anaphora.resolve(doc, k);
            }
        }
        return null;
    }

    private static int lastBefore(Doc doc, Sentence s, int token, EntityType type) {
        List<Integer> before = doc.mentionsIn(s.firstToken(), token);
        for (int k = before.size() - 1; k >= 0; k--) {
            if (doc.type(before.get(k)) == type) {
                return before.get(k);
            }
        }
        return -1;
    }

    /** "لقيادة مختبر …", "to spearhead … Meta Superintelligence Labs": the person before heads the unit after. */
    static Fact lead(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        if (TriggerFacts.passiveBy(doc, s, tr) >= 0) {
            return null;
        }
        int org = -1;
        for (int k = tr.endToken(); k < Math.min(s.endToken(), tr.endToken() + 7); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                org = doc.type(m) == EntityType.ORGANIZATION ? m : -1;
                break;
            }
        }
        int person = lastBefore(doc, s, tr.startToken(), EntityType.PERSON);
        if (org < 0 || person < 0) {
            return null;
        }
        out.add(FactType.ROLE, doc.id(person), doc.id(org), null, null, null, "head", null, Attributes.evidence(doc, s), 0.6);
        return null;
    }
}
