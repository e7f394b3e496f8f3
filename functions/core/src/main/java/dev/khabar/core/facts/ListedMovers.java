package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.EnglishRoles;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A group that moves, and its members named after the verb: "several senior executives have left Acme this year,
 * including CEO A, finance director B and C". The verb's doer is the plural title ("executives", "founders"), so
 * no person stands before it; the people the list names are the ones who moved, each with the title before the name.
 */
final class ListedMovers {
    /** Words between the group's title and the verb: "executives have left", "leaders who had all quit". */
    private static final Set<String> BETWEEN = WordSet.of("who", "that", "have", "has", "had", "all", "also", "since", "recently", "now");
    /** How far after the verb the list may open: past the organization and a time ("over the past year"). */
    private static final int OPENS_WITHIN = 12;
    /** How many title words may stand between "including" and the first member's name. */
    private static final int TITLE_WORDS = 6;

    private ListedMovers() {
    }

    /** The person mentions listed after the verb of a group's move, or an empty list. */
    static List<Integer> members(Doc doc, Sentence s, Trigger tr) {
        if (!groupBefore(doc, s, tr.startToken())) {
            return List.of();
        }
        int first = -1;
        for (int k = tr.endToken(); k < Math.min(s.endToken(), tr.endToken() + OPENS_WITHIN) && first < 0; k++) {
            if (doc.mentionAt[k] < 0 && opensList(doc, s, k)) {
                first = firstMember(doc, s, k + (doc.token(k).is("among") ? 2 : 1));
            }
        }
        if (first < 0) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, s.endToken(), Set.of(EntityType.PERSON), null, ids);
        List<Integer> members = new ArrayList<>();
        for (int m : doc.mentionsIn(doc.mention(first).startToken(), s.endToken())) {
            if (doc.type(m) == EntityType.PERSON && ids.contains(doc.id(m)) && members.stream().noneMatch(p -> doc.id(p).equals(doc.id(m)))) {
                members.add(m);
            }
        }
        return members;
    }

    /** ", including", ", among them": the comma keeps the list apart from the organization moved to or from. */
    private static boolean opensList(Doc doc, Sentence s, int k) {
        boolean afterComma = k > s.firstToken() && Grammar.isComma(doc.token(k - 1));
        return afterComma && (doc.token(k).is("including")
                || doc.token(k).is("among") && k + 1 < s.endToken() && doc.token(k + 1).is("them"));
    }

    /** The person named first in the list from {@code k}, past the title words before the name; or -1. */
    private static int firstMember(Doc doc, Sentence s, int k) {
        for (int j = k; j < Math.min(s.endToken(), k + TITLE_WORDS); j++) {
            int m = doc.mentionAt[j];
            if (m >= 0) {
                int described = NameLists.described(doc, m, s.endToken()); // "including Acme COO A"
                m = described >= 0 ? described : m;
                return doc.type(m) == EntityType.PERSON ? m : -1;
            }
        }
        return -1;
    }

    /** Whether a plural title is the doer right before the verb: "executives have left", "a number of leaders quit". */
    private static boolean groupBefore(Doc doc, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.firstToken() && BETWEEN.contains(doc.token(k).norm())) {
            k--;
        }
        return k >= s.firstToken() && doc.mentionAt[k] < 0 && EnglishRoles.groupTitle(doc.token(k));
    }
}
