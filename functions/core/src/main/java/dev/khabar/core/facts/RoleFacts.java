package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.EnglishRoles;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * ROLE and FOUNDED facts from titles: "مارك زوكربيرج، الرئيس التنفيذي لميتا", "Mark Chen, OpenAI's chief research
 * officer", "Scale AI's CEO Alexandr Wang", "ونائبه بهاء الشافعي" (deputy of the title just named), "قيادات سابقة في
 * الشركة مثل …" (untitled leaders). A former title is still a ROLE; "founder" gives FOUNDED.
 */
final class RoleFacts {
    private static final Set<String> LINKS = Set.of("of", "at", "in", "the", "a", "an", "في", "لدي", "ب", "شركه",
            "لشركه", "بشركه", "مثل", "منها");

    private static final Set<String> ROLE_FILLERS = Set.of("its", "their", "his", "her", "the", "a", "an", "new",
            "interim", "acting", "permanent", "next");

    private RoleFacts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        String lastRole = null;
        String lastOrg = null;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (doc.mentionAt[i] >= 0) {
                continue;
            }
            RoleMatch r = match(doc, i, s.endToken());
            if (r == null) {
                continue;
            }
            int end = r.endToken();
            if (r.group()) {
                String org = orgAfter(doc, s, end);
                if (org != null) {
                    for (int m : doc.mentionsIn(end, Grammar.clauseEnd(doc, i, s))) {
                        if (doc.type(m) == EntityType.PERSON) {
                            out.add(FactType.ROLE, doc.id(m), org, null, null, null, null, null, Attributes.evidence(doc, s), 0.5);
                        }
                    }
                }
                i = end - 1;
                continue;
            }
            int person = personAround(doc, s, r);
            if (person < 0) {
                person = personAfterOrganization(doc, s, end);
            }
            String org;
            String role;
            if (r.deputyOnly()) {
                org = lastOrg;
                role = lastRole == null ? null : "deputy " + lastRole;
            } else {
                org = orgBefore(doc, s, r, person);
                if (org == null) {
                    org = orgAfter(doc, s, end);
                }
                if (org == null && r.possessive()) {
                    org = possessiveOwner(doc, s, r.startToken(), out);
                }
                role = r.mainRole();
            }
            if (person >= 0 && org != null) {
                if (r.founder()) {
                    out.add(FactType.FOUNDED, doc.id(person), org, null, null, null, null, null, Attributes.evidence(doc, s), 0.7);
                }
                if (!r.founder() || r.roles().size() > 1) {
                    out.add(FactType.ROLE, doc.id(person), org, null, null, null, role, null, Attributes.evidence(doc, s), 0.7);
                }
                lastRole = role;
                lastOrg = org;
            }
            i = end - 1;
        }
    }

    private static RoleMatch match(Doc doc, int i, int limit) {
        Token t = doc.token(i);
        return t.script() == Script.ARABIC ? ArabicRoles.match(doc.tokens, i, limit)
                : t.script() == Script.LATIN ? EnglishRoles.match(doc.tokens, i, limit) : null;
    }

    /** The person a title is apposed to ("X، الرئيس" / "X, Y's CEO") or that follows it ("CEO X", "المهندس X"). */
    private static int personAround(Doc doc, Sentence s, RoleMatch r) {
        int end = r.endToken();
        if (end < s.endToken() && doc.mentionAt[end] >= 0 && doc.type(doc.mentionAt[end]) == EntityType.PERSON) {
            return doc.mentionAt[end];
        }
        int k = r.startToken() - 1;
        if (k >= s.firstToken() && doc.token(k).is("'s")) {
            k--;
            if (k >= s.firstToken() && doc.mentionAt[k] >= 0) {
                k = doc.mention(doc.mentionAt[k]).startToken() - 1;
            }
        }
        while (k >= s.firstToken() && (doc.token(k).is("the") || doc.token(k).is("a") || doc.token(k).is("an")
                || doc.token(k).is("its") || doc.token(k).is("his") || doc.token(k).is("her"))) {
            k--;
        }
        if (k - 1 >= s.firstToken() && Grammar.isComma(doc.token(k)) && doc.mentionAt[k - 1] >= 0
                && doc.type(doc.mentionAt[k - 1]) == EntityType.PERSON) {
            return doc.mentionAt[k - 1];
        }
        return -1;
    }

    /** "الرئيس التنفيذي لشركة أوبن إيه آي سام ألتمان": the person named after the title's organization. */
    private static int personAfterOrganization(Doc doc, Sentence s, int end) {
        for (int k = end; k < Math.min(s.endToken(), end + 4); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                if (doc.type(m) != EntityType.ORGANIZATION) {
                    return -1;
                }
                int after = doc.mention(m).endToken();
                return after < s.endToken() && doc.mentionAt[after] >= 0 && doc.type(doc.mentionAt[after]) == EntityType.PERSON
                        ? doc.mentionAt[after] : -1;
            }
            if (!LINKS.contains(Clitics.withoutConjunction(doc.token(k).norm())) && !Grammar.isQuote(doc.token(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** "OpenAI's chief research officer", "Meta CEO Mark Zuckerberg": the organization right before the title. */
    private static String orgBefore(Doc doc, Sentence s, RoleMatch r, int person) {
        int k = r.startToken() - 1;
        if (k < s.firstToken()) {
            return null;
        }
        if (doc.token(k).is("'s")) {
            k--;
        } else if (person < 0 || doc.mention(person).startToken() < r.startToken() || doc.token(k).script() != Script.LATIN) {
            return null;
        }
        int m = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
    }

    /** "الرئيس التنفيذي لميتا", "CEO of Acme", "العضو المنتدب للبنك": the organization after the title. */
    static String orgAfter(Doc doc, Sentence s, int end) {
        for (int k = end; k < Math.min(s.endToken(), end + 4); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                return doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
            }
            if (Anaphora.length(doc, k, s) > 0) {
                return Anaphora.resolve(doc, k);
            }
            Token t = doc.token(k);
            if (!Clitics.in(LINKS, t.norm()) && !Grammar.isQuote(t)) {
                return null;
            }
        }
        return null;
    }

    /** "its CEO" after a deal: the other party, not the doer of this sentence's facts. */
    private static String possessiveOwner(Doc doc, Sentence s, int token, FactCollector out) {
        Set<String> doers = new HashSet<>();
        for (Fact f : out.all()) {
            if (f.evidence() != null && f.evidence().start() == s.start()) {
                doers.add(f.subject());
            }
        }
        var before = doc.mentionsIn(s.firstToken(), token);
        for (int k = before.size() - 1; k >= 0; k--) {
            int m = before.get(k);
            if (doc.type(m) == EntityType.ORGANIZATION && !doers.contains(doc.id(m))) {
                return doc.id(m);
            }
        }
        return null;
    }

    /** "joined OpenAI as chief financial officer", "منصب الرئيس التنفيذي": the title a person takes, or null. */
    static String roleAs(Doc doc, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken() - 1, from + 8); k++) {
            Token t = doc.token(k);
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.PERSON && doc.mention(m).endToken() < s.endToken()
                    && doc.token(doc.mention(m).endToken()).script() == Script.ARABIC
                    && doc.token(doc.mention(m).endToken()).norm().endsWith("ا")) {
                RoleMatch r = match(doc, doc.mention(m).endToken(), s.endToken());
                if (r != null && !r.group()) {
                    return r.mainRole(); // "عينت X سلطان الجابر رئيسا تنفيذيا"
                }
            }
            if (t.is("as") || t.is("كـ") || Clitics.bare(t.norm()).equals("منصب")) {
                int at = k + 1;
                while (at < s.endToken() - 1 && ROLE_FILLERS.contains(doc.token(at).norm())) {
                    at++; // "as its new chief executive"
                }
                RoleMatch r = match(doc, at, s.endToken());
                if (r != null && !r.group()) {
                    return r.mainRole();
                }
            }
            if (Grammar.isComma(t)) {
                return null;
            }
        }
        return null;
    }

    /** The title written right before a person's name ("المهندس روهان فارما" → engineer), or null. */
    static String roleBefore(Doc doc, Sentence s, int person) {
        int start = doc.mention(person).startToken();
        for (int k = Math.max(s.firstToken(), start - 6); k < start; k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            RoleMatch r = match(doc, k, start);
            if (r != null && r.endToken() == start && !r.group()) {
                return r.mainRole();
            }
        }
        return null;
    }
}
