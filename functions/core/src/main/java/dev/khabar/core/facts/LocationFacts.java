package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * LOCATED_IN only from explicit statements of place: "Cambridge-based Darktrace", "headquartered in X", "ومقرها X",
 * a facility "في ولاية لويزيانا". A nationality ("UK firm", "الجيش الأميركي") states no location.
 */
final class LocationFacts {
    private static final Set<String> PLACE_NOUNS = Set.of("ولايه", "مدينه", "اماره", "منطقه", "محافظه", "state", "city",
            "the", "of");
    private static final Set<String> SEAT = Set.of("مقرها", "مقره", "headquartered", "based");

    private LocationFacts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            int m = doc.mentionAt[i];
            if (m >= 0 && doc.type(m) == EntityType.LOCATION && doc.mention(m).endToken() == i + 1
                    && i + 2 < s.endToken() && doc.token(i + 1).is("-") && doc.token(i + 2).is("based")) {
                int org = TriggerFacts.firstAfter(doc, s, i + 3, Math.min(s.endToken(), i + 10),
                        Set.of(EntityType.ORGANIZATION, EntityType.FACILITY), null);
                add(doc, s, out, org >= 0 ? org : apposedTo(doc, s, doc.mention(m).startToken()), m);
            } else if (m >= 0 && doc.type(m) == EntityType.FACILITY && doc.mention(m).endToken() == i + 1) {
                int loc = placeAfter(doc, s, i + 1);
                add(doc, s, out, m, loc);
            } else if (m < 0 && Clitics.in(SEAT, doc.token(i).norm())
                    && !(doc.token(i).is("based") && i > s.firstToken() && doc.token(i - 1).is("-"))) {
                int loc = placeAfter(doc, s, i + 1);
                var before = doc.mentionsIn(s.firstToken(), i);
                for (int k = before.size() - 1; k >= 0 && loc >= 0; k--) {
                    if (doc.type(before.get(k)) == EntityType.ORGANIZATION) {
                        add(doc, s, out, before.get(k), loc);
                        break;
                    }
                }
            }
        }
    }

    /** "Run:ai, a Tel Aviv-based startup": the organization before ", a". */
    private static int apposedTo(Doc doc, Sentence s, int i) {
        int k = i - 1;
        while (k >= s.firstToken() && (doc.token(k).is("a") || doc.token(k).is("an") || doc.token(k).is("the"))) {
            k--;
        }
        if (k - 1 >= s.firstToken() && Grammar.isComma(doc.token(k)) && doc.mentionAt[k - 1] >= 0
                && doc.type(doc.mentionAt[k - 1]) == EntityType.ORGANIZATION) {
            return doc.mentionAt[k - 1];
        }
        return -1;
    }

    /** A place right after token i: "في ولاية X", "in X", "X". */
    private static int placeAfter(Doc doc, Sentence s, int i) {
        int k = i;
        while (k < s.endToken() && doc.mentionAt[k] < 0 && k < i + 4
                && (Grammar.isQuote(doc.token(k)) || doc.token(k).is("في") || doc.token(k).is("in")
                || PLACE_NOUNS.contains(Clitics.bare(doc.token(k).norm())) || PLACE_NOUNS.contains(doc.token(k).norm()))) {
            k++;
        }
        if (k == i || k >= s.endToken()) {
            return k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.LOCATION
                    && Clitics.in(SEAT, doc.token(i - 1).norm()) ? doc.mentionAt[k] : -1;
        }
        int m = doc.mentionAt[k];
        return m >= 0 && doc.type(m) == EntityType.LOCATION ? m : -1;
    }

    private static void add(Doc doc, Sentence s, FactCollector out, int subject, int location) {
        if (subject >= 0 && location >= 0) {
            out.add(FactType.LOCATED_IN, doc.id(subject), doc.id(location), null, null, null, null, null,
                    Attributes.evidence(doc, s), 0.7);
        }
    }
}
