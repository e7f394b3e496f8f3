package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.HashSet;
import java.util.Set;

/** The organization a title is held at: in the title's phrase ("CEO of X", "X's CEO", «لشركة X»), else the story's. */
final class RoleEmployers {
    static final Set<String> LINKS = Set.of("of", "at", "in", "the", "a", "an", "في", "لدي", "ب", "شركه",
            "لشركه", "بشركه", "مثل", "منها");
    /** Words between a name and its employer: "analyst Jane Roe with Acme Securities", "Jane Roe of Acme". */
    private static final Set<String> EMPLOYER_LINKS = Set.of("with", "at", "of", "from");

    private RoleEmployers() {
    }

    /** "analyst Jane Roe with Acme Securities": the organization right after the person a title precedes. */
    static String employerAfter(Doc doc, Sentence s, int person) {
        int k = doc.mention(person).endToken();
        if (k + 1 < s.endToken() && EMPLOYER_LINKS.contains(doc.token(k).norm())) {
            int m = doc.mentionAt[k + 1];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
            if (m < 0 && Anaphora.length(doc, k + 1, s) > 0) {
                return Anaphora.resolve(doc, k + 1);
            }
        }
        return null;
    }

    /**
     * A title with no employer in its phrase ("under chief executive John Roe", "CTO Jane Roe quit") is held at the
     * sentence's doer organization, else at the organization the story is about.
     */
    static String storyCompany(Doc doc, Sentence s, int person) {
        for (int m : doc.mentionsIn(s.firstToken(), s.endToken())) {
            int before = doc.mention(m).startToken() - 1;
            boolean apposed = before >= s.firstToken() && Grammar.isComma(doc.token(before));
            if (doc.type(m) == EntityType.ORGANIZATION && !Grammar.governed(doc, m, s) && !apposed) {
                return doc.id(m);
            }
        }
        return doc.topic;
    }

    /** "OpenAI's chief research officer", "Meta CEO Mark Zuckerberg": the organization right before the title. */
    static String orgBefore(Doc doc, Sentence s, RoleMatch r, int person) {
        int k = r.startToken() - 1;
        if (k < s.firstToken()) {
            return null;
        }
        if (doc.token(k).is("'s")) {
            k--;
            int phrase = k >= s.firstToken() && doc.mentionAt[k] < 0 ? Anaphora.phraseEndingAt(doc, k, s) : -1;
            if (phrase >= 0) { // "the company's chief executive": the company the story is about
                return doc.topic != null ? doc.topic : Anaphora.resolve(doc, phrase);
            }
        } else if (person < 0 || doc.mention(person).startToken() < r.startToken() || doc.token(k).script() != Script.LATIN) {
            return null;
        }
        int m = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
    }

    /** The first token of the possessor ending at token k: a name or "the company", else k itself. */
    static int possessorStart(Doc doc, Sentence s, int k) {
        if (k < s.firstToken()) {
            return k;
        }
        if (doc.mentionAt[k] >= 0) {
            return doc.mention(doc.mentionAt[k]).startToken();
        }
        int phrase = Anaphora.phraseEndingAt(doc, k, s);
        return phrase >= 0 ? phrase : k;
    }

    /** "الرئيس التنفيذي لميتا", "CEO of Acme", "العضو المنتدب للبنك": the organization after the title. */
    static String orgAfter(Doc doc, Sentence s, int end) {
        if (end + 1 < s.endToken() && Grammar.isComma(doc.token(end)) && doc.mentionAt[end + 1] >= 0) {
            int m = doc.mentionAt[end + 1];
            int after = doc.mention(m).endToken();
            boolean closed = after >= s.endToken() || Grammar.isComma(doc.token(after)) || !doc.token(after).isWord();
            if (doc.type(m) == EntityType.ORGANIZATION && closed) {
                return doc.id(m); // "Jane Roe, chair and CEO, Acme, said"
            }
        }
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
    static String possessiveOwner(Doc doc, Sentence s, int token, FactCollector out) {
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

}
