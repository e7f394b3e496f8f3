package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.Set;

/**
 * What may stand between two members of an Arabic list besides و and a comma: a member's own description closed by a
 * comma («شركة X التابعة لمجموعة Y، وشركة Z», «شركة X، وهي ذراع Y، وشركة Z»), which names no member; and its
 * nationality («شركة UnionPay الصينية وشركة Y», «شركة "تيدا" الصينية–الإفريقية، وشركة Z»).
 */
final class ArabicListLinks {
    private ArabicListLinks() {
    }

    /** Words opening a member's description: a relative, or a participle of belonging or backing. */
    private static final Set<String> DESCRIPTION_OPENERS = WordSet.of("التي", "الذي", "التابعه", "التابع", "المدعومه",
            "المدعوم", "المملوكه", "المملوك", "المتخصصه", "المتخصص", "ومقرها", "ومقره", "ذات");
    /** «، وهي …،», «، وهو …،»: a description set between commas. */
    private static final Set<String> APPOSED_PRONOUNS = WordSet.of("وهي", "وهو", "هي", "هو");
    /** How long a member's description may run before its comma. */
    private static final int DESCRIPTION_WORDS = 12;

    /**
     * The comma closing a description of the member that ends at {@code k} when the next member follows it joined by و
     * («X التابعة لمجموعة Y، وشركة Z»); or {@code k}: a description the list does not go on after ends the list.
     */
    static int pastDescription(Doc doc, int k, int end) {
        int open = k;
        if (open + 1 < end && Grammar.isComma(doc.token(open)) && APPOSED_PRONOUNS.contains(doc.token(open + 1).norm())) {
            open++;
        } else if (open >= end || !DESCRIPTION_OPENERS.contains(Clitics.withoutConjunction(doc.token(open).norm()))) {
            return k;
        }
        for (int j = open + 1; j < Math.min(end, open + DESCRIPTION_WORDS); j++) {
            Token t = doc.token(j);
            if (Grammar.isSemicolon(t) || t.is(".")) {
                return k;
            }
            if (Grammar.isComma(t)) {
                return joinedMember(doc, j + 1, end) ? j : k;
            }
        }
        return k;
    }

    /**
     * Past the nationality adjectives of the member that ends at {@code k} («الصينية», «الصينية–الإفريقية»), after it
     * or its closing quote; or {@code k} when none follows. A one-word place there («السعودية») is the adjective too.
     */
    static int pastNationality(Doc doc, int k, int end) {
        if (k <= 0 || doc.mentionAt[k - 1] < 0 && !Grammar.isQuote(doc.token(k - 1))) {
            return k;
        }
        int j = k;
        while (j < end && RoleFacts.feminineNisba(doc.token(j)) && wordAlone(doc, j)) {
            j++;
            if (j + 1 < end && ListLines.DASHES.contains(doc.token(j).norm()) && RoleFacts.feminineNisba(doc.token(j + 1))) {
                j++;
            }
        }
        return j;
    }

    /** Whether the token at {@code k} is no part of a longer name: no mention, or a mention of that one word. */
    private static boolean wordAlone(Doc doc, int k) {
        int m = doc.mentionAt[k];
        return m < 0 || doc.mention(m).startToken() == k && doc.mention(m).endToken() == k + 1;
    }

    /** Whether a member joined by و opens at {@code k}: «وشركة X», «و"X"», «وX». */
    private static boolean joinedMember(Doc doc, int k, int end) {
        if (k >= end || doc.token(k).script() != Script.ARABIC || !doc.token(k).norm().startsWith("و")) {
            return false;
        }
        int m = doc.mentionAt[k];
        if (m >= 0) {
            return doc.mention(m).startToken() == k && Grammar.clitic(doc, doc.mention(m)).equals("و");
        }
        int j = k + 1;
        while (j < end && doc.mentionAt[j] < 0 && Grammar.isQuote(doc.token(j))) {
            j++;
        }
        return (doc.token(k).is("و") || Grammar.isArabicOrgCue(doc.token(k))) && j < end && doc.mentionAt[j] >= 0
                && doc.mention(doc.mentionAt[j]).startToken() == j;
    }
}
