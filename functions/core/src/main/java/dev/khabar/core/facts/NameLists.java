package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/** Lists of names sharing one role: "A, B and the C Fund", «مثل A و B», «مع شركة A وشركة B». */
final class NameLists {
    private NameLists() {
    }

    /** Words that open a list without ending the phrase: "firms like A, B and C", «شركات مثل A و B». */
    static final Set<String> LIST_OPENERS = Set.of("مثل", "منها", "بينها", "including", "like", "such", "as", "namely");

    /** «وشركة X»: a cue noun carrying the conjunction joins the name after it to the list. */
    private static boolean coordinatedCue(Token t) {
        return t.script() == Script.ARABIC && t.norm().startsWith("و") && Grammar.isArabicOrgCue(t);
    }

    /** Names joined to mention {@code m} by و / and / commas / "such as": the other members of the list. */
    static void listAfter(Doc doc, Sentence s, int m, int end, Set<EntityType> types, String subject, List<String> out) {
        int k = doc.mention(m).endToken();
        while (k < end) {
            Token t = doc.token(k);
            if (Grammar.isQuote(t) || Grammar.isCoordinator(t) || LIST_OPENERS.contains(t.norm()) || coordinatedCue(t)
                    || (t.is("the") && k > 0 && Grammar.isCoordinator(doc.token(k - 1)))) {
                k++;
                continue; // "SIG and the China Venture Capital Fund"
            }
            int next = doc.mentionAt[k];
            if (next < 0 || !types.contains(doc.type(next))) {
                return;
            }
            String clitic = Grammar.clitic(doc, doc.mention(next));
            if (!clitic.isEmpty() && !clitic.equals("و") && !(k > 0 && Grammar.isCoordinator(doc.token(k - 1)))) {
                return;
            }
            Token previousWord = doc.token(k - 1).is("the") ? doc.token(k - 2) : doc.token(k - 1);
            if (clitic.isEmpty() && !Grammar.isCoordinator(previousWord) && !Grammar.isQuote(previousWord)
                    && !LIST_OPENERS.contains(previousWord.norm()) && !coordinatedCue(previousWord)) {
                return;
            }
            if (!doc.id(next).equals(subject) && !out.contains(doc.id(next))) {
                out.add(doc.id(next));
            }
            k = doc.mention(next).endToken();
        }
    }
}
