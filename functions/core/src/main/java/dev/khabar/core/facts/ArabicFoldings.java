package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * «ضم شركة X إلى مجموعة Y», «بضم كل من X وY تحت مظلة Y»: companies folded into a group are the group's acquisitions.
 * The companies come right after «ضم»; the group after «إلى» or «تحت مظلة».
 */
final class ArabicFoldings {
    /** «ضم» (folding in), as a noun or a verb, with its conjunction or preposition. */
    private static final Set<String> FOLDING = WordSet.of("ضم", "بضم", "وضم", "وبضم");
    /** Words between «ضم» and the first company: «كل من», «شركتي». */
    private static final Set<String> BEFORE_NAMES = WordSet.of("كل", "من", "شركتي", "شركات");
    private static final Set<String> INTO = WordSet.of("الي", "والي");
    private static final int REACH = 8;

    private ArabicFoldings() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (doc.mentionAt[k] < 0 && FOLDING.contains(doc.token(k).norm())) {
                fold(doc, s, k, out);
            }
        }
    }

    private static void fold(Doc doc, Sentence s, int at, FactCollector out) {
        int k = at + 1;
        while (k < s.endToken() && doc.mentionAt[k] < 0 && (Grammar.isQuote(doc.token(k))
                || Grammar.isArabicOrgCue(doc.token(k)) || BEFORE_NAMES.contains(doc.token(k).norm()))) {
            k++;
        }
        int first = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (first < 0 || doc.type(first) != EntityType.ORGANIZATION) {
            return;
        }
        List<String> folded = new ArrayList<>(List.of(doc.id(first)));
        int limit = Math.min(s.endToken(), doc.mention(first).endToken() + REACH);
        NameLists.listAfter(doc, s, first, limit, Set.of(EntityType.ORGANIZATION), null, folded);
        int group = groupAfter(doc, s, doc.mention(first).endToken(), limit);
        if (group < 0 || folded.contains(doc.id(group))) {
            return;
        }
        for (String company : folded) {
            out.add(FactType.ACQUISITION, doc.id(group), company, null, null, Attributes.date(doc, s, at, FactType.ACQUISITION),
                    null, null, Attributes.evidence(doc, s), 0.6);
        }
    }

    /** The organization named after «إلى» or «تحت مظلة» in [from, limit), or -1. */
    private static int groupAfter(Doc doc, Sentence s, int from, int limit) {
        for (int k = from; k < limit; k++) {
            String n = doc.token(k).norm();
            int after = INTO.contains(n) ? k + 1
                    : n.equals("تحت") && k + 1 < limit && doc.token(k + 1).norm().equals("مظله") ? k + 2 : -1;
            if (after < 0) {
                continue;
            }
            while (after < s.endToken() && doc.mentionAt[after] < 0
                    && (Grammar.isQuote(doc.token(after)) || Grammar.isArabicOrgCue(doc.token(after)))) {
                after++;
            }
            int m = after < s.endToken() ? doc.mentionAt[after] : -1;
            return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
        }
        return -1;
    }
}
