package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.Set;

/** Titles a person takes or already holds, read around a hire or departure: "as its CEO", «منصب الرئيس التنفيذي». */
final class TakenRoles {
    private static final Set<String> ROLE_FILLERS = Set.of("its", "their", "his", "her", "the", "a", "an", "new",
            "interim", "acting", "permanent", "next");

    private TakenRoles() {
    }

    /** "joined OpenAI as chief financial officer", "منصب الرئيس التنفيذي": the title a person takes, or null. */
    static String roleAs(Doc doc, Sentence s, int from) {
        int first = from;
        while (first < s.endToken() - 1 && (doc.token(first).is("the") || doc.token(first).is("its")
                || doc.token(first).is("a") || doc.token(first).is("an"))) {
            first++;
        }
        RoleMatch direct = first < s.endToken() ? RoleFacts.match(doc, first, s.endToken()) : null;
        if (direct != null && !direct.group() && !direct.possessive() && !beforePerson(doc, s, direct)) {
            return direct.mainRole(); // "will become the chief operating officer", "named CEO"
        }
        for (int k = from; k < Math.min(s.endToken() - 1, from + 8); k++) {
            Token t = doc.token(k);
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.PERSON && doc.mention(m).endToken() < s.endToken()
                    && doc.token(doc.mention(m).endToken()).script() == Script.ARABIC
                    && doc.token(doc.mention(m).endToken()).norm().endsWith("ا")) {
                RoleMatch r = RoleFacts.match(doc, doc.mention(m).endToken(), s.endToken());
                if (r != null && !r.group()) {
                    return r.mainRole(); // "عينت X سلطان الجابر رئيسا تنفيذيا"
                }
            }
            if (t.is("as") || t.is("كـ") || Clitics.bare(t.norm()).equals("منصب")) {
                int at = k + 1;
                while (at < s.endToken() - 1 && ROLE_FILLERS.contains(doc.token(at).norm())) {
                    at++; // "as its new chief executive"
                }
                RoleMatch r = RoleFacts.match(doc, at, s.endToken());
                if (r != null && !r.group()) {
                    return r.mainRole();
                }
            }
            if (t.is("board") && (doc.token(k - 1).is("'s") || k + 1 < s.endToken() && doc.token(k + 1).is("of"))) {
                return "board member"; // "will join Acme's board", "joins the board of Acme"
            }
            if (Grammar.isComma(t)) {
                return null;
            }
        }
        return null;
    }

    /** A title written before a name ("the leavers: researcher X") is that person's present title, not a new one. */
    private static boolean beforePerson(Doc doc, Sentence s, RoleMatch r) {
        int k = RoleFacts.skipHonorifics(doc, s, r.endToken());
        return k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON;
    }

    /** The title written right before a person's name ("المهندس روهان فارما" → engineer), or null. */
    static String roleBefore(Doc doc, Sentence s, int person) {
        int start = doc.mention(person).startToken();
        for (int k = Math.max(s.firstToken(), start - 6); k < start; k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            RoleMatch r = RoleFacts.match(doc, k, start);
            if (r != null && r.endToken() == start && !r.group()) {
                return r.mainRole();
            }
        }
        return null;
    }
}
