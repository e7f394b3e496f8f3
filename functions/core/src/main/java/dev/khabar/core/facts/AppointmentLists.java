package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Sentence;

/**
 * Appointments told as a list under a heading that names them: «وعلى مستوى وزارة X، تعيين:» then
 * «· السيد فلان، مديرا لوكالة Y؛», «· السيدة فلانة، كاتبة عامة؛». Each line names one appointee and the post given in
 * the accusative; the post is at the organization named after it, else at the one the heading names. The title is the
 * post taken, not one held already: the line tells a start and no ROLE.
 */
final class AppointmentLists {
    /** How far into the line the appointee's name may open: the marker, then an honorific («السيد», «السيدة»). */
    private static final int NAME_OPENS_WITHIN = 3;

    private AppointmentLists() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        if (!ListLines.item(doc, s)) {
            return;
        }
        int person = appointee(doc, s);
        Sentence heading = ListLines.heading(doc, s);
        int hire = heading == null ? -1 : hireWord(doc, heading);
        if (person < 0 || hire < 0) {
            return;
        }
        int k = doc.mention(person).endToken();
        if (k < s.endToken() && Grammar.isComma(doc.token(k))) {
            k++;
        }
        RoleMatch title = TakenRoles.accusativeTitleAt(doc, s, k);
        if (title == null) {
            return;
        }
        int end = title.endToken();
        int own = end < s.endToken() ? doc.mentionAt[end] : -1;
        int org = own >= 0 && doc.type(own) == EntityType.ORGANIZATION ? own : headingOrganization(doc, heading, hire);
        Evidence evidence = Attributes.evidence(doc, s);
        out.removeToldOf(FactType.ROLE, doc.id(person), evidence); // the post is taken, even where its employer is unnamed
        if (org < 0) {
            return;
        }
        out.add(FactType.EMPLOYMENT_START, doc.id(person), doc.id(org), null, null,
                Attributes.date(doc, heading, hire, FactType.EMPLOYMENT_START), title.mainRole(), null, evidence, 0.6);
    }

    /** The person the line opens on, past its marker and honorific; or -1. */
    private static int appointee(Doc doc, Sentence s) {
        for (int k = s.firstToken() + 1; k < Math.min(s.endToken(), s.firstToken() + NAME_OPENS_WITHIN); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                return doc.type(m) == EntityType.PERSON && doc.mention(m).startToken() == k ? m : -1;
            }
        }
        return -1;
    }

    /** The word of the heading that hires, «تعيين», when the heading ends on it or on the colon after it; or -1. */
    private static int hireWord(Doc doc, Sentence heading) {
        int last = heading.endToken() - 1;
        while (last > heading.firstToken() && !doc.token(last).isWord()) {
            last--; // «تعيين:»
        }
        Trigger tr = doc.trigger(last, heading.endToken());
        return tr != null && tr.type() == FactType.EMPLOYMENT_START && tr.hire() ? last : -1;
    }

    /** «على مستوى وزارة X، تعيين:»: the last organization the heading names before its hiring word, or -1. */
    private static int headingOrganization(Doc doc, Sentence heading, int hire) {
        int found = -1;
        for (int m : doc.mentionsIn(heading.firstToken(), hire)) {
            found = doc.type(m) == EntityType.ORGANIZATION ? m : found;
        }
        return found;
    }
}
