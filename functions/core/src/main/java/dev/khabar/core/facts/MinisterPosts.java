package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import java.util.Set;

/**
 * «وزير الطاقة والمناجم فلان», «وزيرة الصحة، فلانة،»: a minister's title names his ministry by its domain, not by the
 * ministry's own name; he holds the post at the ministry of that domain the text names («وزارة الطاقة»).
 */
final class MinisterPosts {
    /** A minister's title, before the domain of his ministry; «ووزير» with its conjunction (its own و is no clitic). */
    private static final Set<String> MINISTERS = WordSet.of("وزير", "وزيره", "الوزير", "الوزيره");
    /** «رئيس مجلس الوزراء»: the head of a cabinet, its prime minister. */
    private static final Set<String> HEADS = WordSet.of("رئيس", "رئيسه");
    /** «نائب رئيس مجلس الوزراء»: his deputy. */
    private static final Set<String> DEPUTIES = WordSet.of("نائب", "نائبه");
    /** The word a ministry's name opens on, before its domain. */
    private static final Set<String> MINISTRY = WordSet.of("وزاره");
    /** How far past the ministry's domain the minister's name may open: the rest of a longer domain, honorifics. */
    private static final int NAME_WITHIN = 5;

    private MinisterPosts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            String n = doc.token(k).norm();
            if (doc.mentionAt[k] >= 0 || !Clitics.in(MINISTERS, n) && !Clitics.in(HEADS, n)) {
                continue;
            }
            if (Clitics.in(HEADS, n)) {
                headOfCabinet(doc, s, k, out);
                continue;
            }
            int ministry = ministryOf(doc, s, k + 1);
            int person = ministry < 0 ? -1 : namedAfter(doc, s, k + domainLength(doc, ministry) + 1);
            if (person >= 0) {
                out.add(FactType.ROLE, doc.id(person), doc.id(ministry), null, null, null, "minister", null,
                        Attributes.evidence(doc, s), 0.6);
            }
        }
    }

    /**
     * «رئيس مجلس الوزراء فلان», «نائب رئيس مجلس الوزراء العراقي فلان»: the head of the cabinet the text names is its
     * prime minister, a post in that body, which no company's title reading sees (its complement is the state).
     */
    private static void headOfCabinet(Doc doc, Sentence s, int k, FactCollector out) {
        int cabinet = doc.mentionAt[k + 1];
        if (cabinet < 0 || doc.mention(cabinet).startToken() != k + 1 || doc.type(cabinet) != EntityType.ORGANIZATION
                || !NonEmployers.cabinet(TextNormalizer.normalizePhrase(doc.mention(cabinet).surface()))) {
            return;
        }
        int person = namedAfter(doc, s, doc.mention(cabinet).endToken());
        if (person >= 0) {
            boolean deputy = k > s.firstToken() && doc.mentionAt[k - 1] < 0 && Clitics.in(DEPUTIES, doc.token(k - 1).norm());
            out.add(FactType.ROLE, doc.id(person), doc.id(cabinet), null, null, null,
                    deputy ? "deputy prime minister" : "prime minister", null, Attributes.evidence(doc, s), 0.6);
        }
    }

    /**
     * Whether a minister's title stands in the few words before the person, with no other name between: «وزيرة الصناعة
     * هند الزياني», «وزير النفط في سلطنة عمان، فلان».
     */
    static boolean titledBefore(Doc doc, Sentence s, int person) {
        int start = doc.mention(person).startToken();
        for (int k = start - 1; k >= Math.max(s.firstToken(), start - 7); k--) {
            if (doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) != EntityType.LOCATION) {
                return false;
            }
            if (doc.mentionAt[k] < 0 && Clitics.in(MINISTERS, doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** The ministry named anywhere in the text whose domain the words from {@code from} open on, the longest; or -1. */
    private static int ministryOf(Doc doc, Sentence s, int from) {
        int best = -1;
        for (int m = 0; m < doc.entities.mentions().size(); m++) {
            int start = doc.mention(m).startToken();
            int length = domainLength(doc, m);
            if (doc.type(m) == EntityType.ORGANIZATION && MINISTRY.contains(doc.token(start).norm()) && length > 0
                    && from + length <= s.endToken() && sameWords(doc, start + 1, from, length)
                    && (best < 0 || length > domainLength(doc, best))) {
                best = m;
            }
        }
        return best;
    }

    /** How many words of a ministry's name follow «وزارة». */
    private static int domainLength(Doc doc, int ministry) {
        return doc.mention(ministry).endToken() - doc.mention(ministry).startToken() - 1;
    }

    /**
     * Whether the ministry's words from {@code a} are the title's from {@code b}; an adjective agrees with its noun, so
     * «وزارة النفط العراقية» is the ministry of «وزير النفط العراقي».
     */
    private static boolean sameWords(Doc doc, int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            String ministry = doc.token(a + i).norm();
            String title = doc.token(b + i).norm();
            boolean agreeing = ministry.endsWith("يه") && ministry.equals(title + "ه");
            if (!ministry.equals(title) && !agreeing) {
                return false;
            }
        }
        return true;
    }

    /** The person whose name is the first one within reach of {@code from}, past honorifics and a comma; or -1. */
    private static int namedAfter(Doc doc, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken(), from + NAME_WITHIN); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                return doc.type(m) == EntityType.PERSON && doc.mention(m).startToken() == k ? m : -1;
            }
            if (!doc.token(k).isWord() && !Grammar.isComma(doc.token(k))) {
                return -1;
            }
        }
        return -1;
    }
}
