package dev.khabar.core.facts;

import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;

/**
 * Arabic posts stacked after one name, each with its own employer: «X، الرئيس التنفيذي لشركة A، عضو مجلس إدارة B»,
 * «X رئيس مجلس إدارة "A"، والرئيس المشارك لمجلس إدارة B». A title set off by a comma right after the employer of the
 * title before, and naming an employer of its own, is the same person's next post; a title followed by a name it
 * does not carry («، وفلان الرئيس») is someone else's.
 */
final class StackedTitles {
    private StackedTitles() {
    }

    /** Whether title {@code r} follows, after a comma, the mention of {@code lastOrg} that ended the title before. */
    static boolean follows(Doc doc, Sentence s, RoleMatch r, String lastOrg) {
        if (lastOrg == null || doc.token(r.startToken()).script() != Script.ARABIC) {
            return false;
        }
        int k = r.startToken() - 1;
        while (k > s.firstToken() && Grammar.isQuote(doc.token(k))) {
            k--;
        }
        if (k <= s.firstToken() || !Grammar.isComma(doc.token(k))) {
            return false;
        }
        k--;
        while (k > s.firstToken() && Grammar.isQuote(doc.token(k))) {
            k--;
        }
        if (doc.mentionAt[k] < 0 || !doc.id(doc.mentionAt[k]).equals(lastOrg)) {
            return false;
        }
        String own = RoleEmployers.orgAfter(doc, s, r.endToken());
        return own != null && !own.equals(lastOrg);
    }
}
