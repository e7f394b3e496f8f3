package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "استحوذت على الوحدة التي تصنع هاتف «بيكسل» من شركة X", "bought the unit that makes the Pixel from X": a buyer of an
 * unnamed part of a company — a unit, division, business or arm — is told as buying from its owner, whatever product
 * or market the part is described by; the owner is the company after من / في / of / from.
 */
final class AcquiredParts {
    private static final Set<String> PARTS = WordSet.of("وحده", "الوحده", "قطاع", "القطاع", "قسم", "القسم", "ذراع",
            "الذراع", "اعمال", "انشطه", "نشاط", "النشاط", "فرع", "الفرع", "وحدات", "الوحدات", "unit", "division",
            "business", "arm", "operations", "segment", "units", "businesses");
    private static final Set<String> OWNER_MARKERS = WordSet.of("من", "في", "لدي", "التابعه", "التابع", "of", "from");
    private static final Set<String> SKIPPED = WordSet.of("the", "a", "its", "شركه", "مجموعه");
    /** How far the owner may stand after the part noun: a relative clause describing the part lies between. */
    private static final int REACH = 14;

    private AcquiredParts() {
    }

    /** The owner of the part named at token {@code start}, or -1 when no part noun opens the object there. */
    static int owner(Doc doc, Sentence s, int start, int end, String buyer) {
        int k = start;
        while (k < end && (Grammar.isQuote(doc.token(k)) || SKIPPED.contains(doc.token(k).norm())
                || doc.mentionAt[k] >= 0 && doc.id(doc.mentionAt[k]).equals(buyer))) {
            k++; // «اشترت إنتل القسم …»: the doer stands between the verb and the part
        }
        if (k >= end || doc.mentionAt[k] >= 0 || !PARTS.contains(Clitics.bare(doc.token(k).norm()))) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(end, k + REACH); j++) {
            if (doc.mentionAt[j] >= 0 || !Clitics.in(OWNER_MARKERS, doc.token(j).norm())) {
                continue;
            }
            int a = j + 1;
            while (a < end && doc.mentionAt[a] < 0 && (Grammar.isQuote(doc.token(a))
                    || SKIPPED.contains(Clitics.bare(doc.token(a).norm())))) {
                a++;
            }
            if (a < end && doc.mentionAt[a] >= 0 && doc.type(doc.mentionAt[a]) == EntityType.ORGANIZATION
                    && !doc.id(doc.mentionAt[a]).equals(buyer)) {
                return doc.mentionAt[a];
            }
        }
        return -1;
    }
}
