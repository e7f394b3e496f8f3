package dev.khabar.core.facts;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * «فلان – من مارس 2017 حتى يناير 2019»: the lines of a list of who held an office, each a name, a dash and the span it
 * was held, under a line that names the office and its organization and opens the list on a colon («تعاقب على رئاسة
 * شركة X ستة رؤساء تنفيذيين، هم:»). The one named took the post on the date after «من» and left it on the date after
 * «حتى»; a span still running («حتى الآن») tells no departure.
 */
final class TenureLines {
    /** «من», «منذ» (folded): the start of the span. */
    private static final Set<String> FROM = WordSet.of("من", "منذ");
    /** «حتى», «إلى», «لغاية» (folded): its end. */
    private static final Set<String> UNTIL = WordSet.of("حتي", "الي", "لغايه");
    /** Plural titles a heading counts the holders by, which name no one title alone («ستة رؤساء تنفيذيين»). */
    private static final Map<String, String> PLURAL_TITLES = Map.of("روساء تنفيذيين", "CEO", "روساء تنفيذيون", "CEO",
            "الروساء التنفيذيين", "CEO", "مديرين عامين", "general manager", "مدراء عامين", "general manager",
            "محافظين", "governor", "وزراء", "minister");

    private TenureLines() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        int person = holder(doc, s);
        if (person < 0) {
            return;
        }
        int dash = doc.mention(person).endToken();
        DateMention from = dateAfter(doc, s, dash + 1, FROM);
        DateMention until = dateAfter(doc, s, from != null ? from.endToken() : dash + 1, UNTIL);
        Sentence heading = from != null || until != null ? heading(doc, s) : null;
        int org = heading == null ? -1 : organization(doc, heading);
        if (org < 0) {
            return;
        }
        String role = role(doc, heading);
        if (role == null) {
            return; // a heading naming no office ("the speakers at Acme's conference:") lists no tenures
        }
        Evidence evidence = Attributes.evidence(doc, s);
        if (from != null) {
            out.add(FactType.EMPLOYMENT_START, doc.id(person), doc.id(org), null, null,
                    new DateValue(from.value(), from.text()), role, null, evidence, 0.6);
        }
        if (until != null) {
            out.add(FactType.EMPLOYMENT_END, doc.id(person), doc.id(org), null, null,
                    new DateValue(until.value(), until.text()), role, null, evidence, 0.6);
        }
    }

    /** The person a line opens on (past courtesy words) when a dash follows the name; else -1. */
    private static int holder(Doc doc, Sentence s) {
        int k = RoleFacts.skipCourtesy(doc, s, s.firstToken());
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != k) {
            return -1;
        }
        int after = doc.mention(m).endToken();
        return after < s.endToken() && ListLines.DASHES.contains(doc.token(after).surface()) ? m : -1;
    }

    /** The date right after a word of {@code words} at token {@code k}; null when the line says otherwise there. */
    private static DateMention dateAfter(Doc doc, Sentence s, int k, Set<String> words) {
        if (k >= s.endToken() || !words.contains(doc.token(k).norm())) {
            return null;
        }
        for (DateMention d : doc.dates.get(s.index())) {
            if (d.startToken() == k + 1 || d.startToken() == k && d.endToken() > k + 1) {
                return d;
            }
        }
        return null;
    }

    /**
     * The line the list hangs from: the first before it that is neither another holder's line nor a bare item number
     * («2.»), when it closes on a colon; else null.
     */
    private static Sentence heading(Doc doc, Sentence s) {
        Sentence line = ListLines.heading(doc, s, item -> holder(doc, item) >= 0 || itemNumber(doc, item));
        return line != null && doc.token(line.endToken() - 1).is(":") ? line : null;
    }

    /** «3.»: a line holding only a list's number. */
    private static boolean itemNumber(Doc doc, Sentence line) {
        for (int k = line.firstToken(); k < line.endToken(); k++) {
            Token t = doc.token(k);
            if (t.script() != Script.NUMBER && !t.is(".") && !t.is(")")) {
                return false;
            }
        }
        return true;
    }

    /** The one organization the heading names, or -1 when it names none or several. */
    private static int organization(Doc doc, Sentence heading) {
        int org = -1;
        for (int m : doc.mentionsIn(heading.firstToken(), heading.endToken())) {
            if (doc.type(m) == EntityType.ORGANIZATION) {
                if (org >= 0 && !doc.id(org).equals(doc.id(m))) {
                    return -1;
                }
                org = m;
            }
        }
        return org;
    }

    /** The office the heading names: a title, or a plural one counting its holders; null when it names none. */
    private static String role(Doc doc, Sentence heading) {
        for (int k = heading.firstToken(); k < heading.endToken(); k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            String one = doc.token(k).norm();
            String two = k + 1 < heading.endToken() ? one + " " + doc.token(k + 1).norm() : one;
            String plural = PLURAL_TITLES.containsKey(two) ? PLURAL_TITLES.get(two) : PLURAL_TITLES.get(one);
            if (plural != null) { // «ستة رؤساء تنفيذيين», and one word alone: «ستة محافظين، هم:»
                return plural;
            }
            RoleMatch r = RoleFacts.match(doc, k, heading.endToken());
            if (r != null && !r.group()) {
                return r.mainRole();
            }
        }
        return null;
    }
}
