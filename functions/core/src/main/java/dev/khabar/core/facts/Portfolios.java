package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Its recent investments include A and B", "Acme's portfolio includes A": the companies listed are ones the owner of
 * the investments or the portfolio has invested in.
 */
final class Portfolios {
    private static final Set<String> HOLDINGS = WordSet.of("investments", "portfolio", "bets", "holdings");
    private static final Set<String> INCLUDE = WordSet.of("include", "includes", "included");
    /** Words between a possessor and the holdings noun: "its recent investments", "Acme's other portfolio companies". */
    private static final Set<String> DESCRIBERS = WordSet.of("recent", "latest", "other", "past", "earlier", "notable",
            "current", "existing", "previous", "early", "new", "two", "three", "of", "some", "among", "portfolio");

    private Portfolios() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 2; k < s.endToken() - 1; k++) {
            if (doc.mentionAt[k] >= 0 || !INCLUDE.contains(doc.token(k).norm())) {
                continue;
            }
            String owner = owner(doc, s, k);
            if (owner == null) {
                return;
            }
            int first = doc.mentionAt[k + 1];
            if (first < 0 || doc.type(first) != EntityType.ORGANIZATION) {
                return;
            }
            List<String> held = new ArrayList<>(List.of(doc.id(first)));
            NameLists.listAfter(doc, s, first, s.endToken(), Set.of(EntityType.ORGANIZATION), owner, held);
            for (String company : held) {
                if (!company.equals(owner)) {
                    out.add(FactType.INVESTMENT, owner, company, null, null, null, null, null, Attributes.evidence(doc, s), 0.6);
                }
            }
            return;
        }
    }

    /** Who owns the holdings named before the verb at {@code verb} ("its" or "Acme's"), or null. */
    private static String owner(Doc doc, Sentence s, int verb) {
        int noun = -1;
        for (int k = verb - 1; k >= Math.max(s.firstToken(), verb - 6); k--) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                return null;
            }
            if (HOLDINGS.contains(doc.token(k).norm())) {
                noun = k; // "investments out of that fund include": the noun's complement may stand between
                break;
            }
        }
        int k = noun - 1;
        while (k >= s.firstToken() && doc.mentionAt[k] < 0 && DESCRIBERS.contains(doc.token(k).norm())) {
            k--;
        }
        if (noun < 0 || k < s.firstToken()) {
            return null;
        }
        if (doc.token(k).is("'s") && k - 1 >= s.firstToken() && doc.mentionAt[k - 1] >= 0
                && doc.type(doc.mentionAt[k - 1]) == EntityType.ORGANIZATION) {
            return doc.id(doc.mentionAt[k - 1]);
        }
        if (doc.mentionAt[k] < 0 && (doc.token(k).is("its") || doc.token(k).is("their"))) {
            return Anaphora.possessive(doc, s, k);
        }
        return null;
    }
}
