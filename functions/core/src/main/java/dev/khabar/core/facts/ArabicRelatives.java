package dev.khabar.core.facts;

import dev.khabar.core.entities.NameLexicon;
import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.Set;

/**
 * Arabic clauses that move a deal's parties: a relative before the trigger («X الذي أسس», «الخدمات التي اشترتها Y»)
 * and verbal nouns whose genitive is their object («شراء X», «شرائها X»).
 */
final class ArabicRelatives {
    private static final Set<String> SHARES = WordSet.of("اسهم", "اسهما", "سهم", "حصه", "حصص");

    /** Arabic verbal nouns whose genitive is their object («شراء X»: buying X), unlike «استحواذ X على» (X's takeover). */
    private static final Set<String> OBJECT_NOUNS = WordSet.of("شراء", "شرائ");
    /** «تأسيس شركة جديدة»: founding, whose genitive is what is founded (only {@link #commonNounNext} asks it). */
    private static final Set<String> FOUNDING_NOUNS = WordSet.of("تاسيس");

    /** «شراء X», «شرائها X» (its buying of X): the noun bare, or with the possessive that names its doer. */
    static boolean objectNoun(Token t) {
        String b = Clitics.bare(t.norm());
        return OBJECT_NOUNS.contains(b) || (b.endsWith("ها") && OBJECT_NOUNS.contains(b.substring(0, b.length() - 2)))
                || (b.endsWith("ه") && OBJECT_NOUNS.contains(b.substring(0, b.length() - 1)));
    }

    /** «من خلال شرائها أسهما»: the buying noun goes straight on to shares, a stake told elsewhere. */
    static boolean sharesNext(Doc doc, Sentence s, Trigger tr) {
        return tr.endToken() < s.endToken() && SHARES.contains(Clitics.bare(doc.token(tr.endToken()).norm()));
    }

    /**
     * «لشراء أراضي في جدة», «شراء معدات», «لتأسيس شركة جديدة»: the buying or founding noun goes straight on to an
     * indefinite common noun, which is what is bought or founded; no name told before it is. A company noun is that
     * only when an indefinite word, no name, follows it («شركة مشتركة»; «شركة X» names what is founded).
     */
    static boolean commonNounNext(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        Token noun = doc.token(tr.startToken());
        if (!(objectNoun(noun) || FOUNDING_NOUNS.contains(Clitics.bare(noun.norm()))) || k >= s.endToken() || doc.mentionAt[k] >= 0) {
            return false;
        }
        if (Grammar.isArabicOrgCue(doc.token(k))) {
            Token next = k + 1 < s.endToken() ? doc.token(k + 1) : null;
            return next != null && doc.mentionAt[k + 1] < 0 && next.script() == Script.ARABIC && next.isWord()
                    && !Clitics.withoutConjunction(next.norm()).startsWith("ال") && !Grammar.isPreposition(next);
        }
        return indefiniteWord(doc, k);
    }

    /** An Arabic word without the article that is no preposition or function word: «أراضي», «معدات». */
    private static boolean indefiniteWord(Doc doc, int k) {
        Token t = doc.token(k);
        String n = Clitics.withoutConjunction(t.norm());
        return t.script() == Script.ARABIC && t.isWord() && !n.startsWith("ال") && !Grammar.isPreposition(t)
                && !NameLexicon.isArabicStop(n);
    }

    /** «عليها», «عليه»: the preposition of a takeover carrying the pronoun of what was taken. */
    private static final Set<String> ON_IT = WordSet.of("عليها", "عليه");

    /**
     * «منصة استحوذت عليها أمازون», «الشركة التي استحوذ عليه X»: the verb's object is a pronoun standing for the name
     * before, and its doer is the name right after; that name, or -1.
     */
    static int doerAfterPronoun(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        int k = tr.endToken();
        if (!tr.arabic() || k + 1 >= s.endToken() || !ON_IT.contains(doc.token(k).norm())) {
            return -1;
        }
        int j = k + 1;
        while (j < s.endToken() && doc.mentionAt[j] < 0 && (Grammar.isQuote(doc.token(j)) || Grammar.isArabicOrgCue(doc.token(j)))) {
            j++;
        }
        int m = j < s.endToken() ? doc.mentionAt[j] : -1;
        return m >= 0 && types.contains(doc.type(m)) ? m : -1;
    }

    private static final Set<String> ARABIC_RELATIVES = WordSet.of("التي", "الذي", "اللتي", "الذين", "اللذين", "اللتين");

    /**
     * «X الذي أسس», «X وY اللذين اشتركا في تأسيس»: the name an Arabic relative a few words before the trigger hangs on
     * (past commas and quotes), or -1 — when no doer follows the verb, the relative is its doer.
     */
    static int antecedent(Doc doc, Sentence s, int trigger) {
        for (int r = trigger - 1; r > Math.max(s.firstToken(), trigger - 4); r--) {
            if (doc.mentionAt[r] >= 0) {
                return -1;
            }
            if (ARABIC_RELATIVES.contains(Clitics.withoutConjunction(doc.token(r).norm()))) {
                int k = r - 1;
                while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isComma(doc.token(k)) || Grammar.isQuote(doc.token(k)))) {
                    k--;
                }
                if (doc.mentionAt[k] < 0 && Grammar.isComma(doc.token(r - 1))) {
                    k = beforeAside(doc, s, k); // «دورسي، 45 عاما، الذي شارك في تأسيس»: the name before an aside
                }
                return doc.mentionAt[k] >= 0 ? doc.mentionAt[k] : UNNAMED;
            }
        }
        return -1;
    }

    /** The token before the comma opening the aside that ends at token {@code k}, or k when there is none near. */
    private static int beforeAside(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j > Math.max(s.firstToken(), k - 6); j--) {
            if (doc.mentionAt[j] >= 0) {
                return k;
            }
            if (Grammar.isComma(doc.token(j))) {
                return j - 1;
            }
        }
        return k;
    }

    /** {@link #antecedent}: a relative hanging on words that name no entity («الشركات التي استحوذت»). */
    static final int UNNAMED = -2;

    /** «الخدمات التي اشترتها X»: an Arabic relative right before the trigger, hanging on a common noun, not a name. */
    static boolean onNoun(Doc doc, Sentence s, Trigger tr) {
        int r = tr.startToken() - 1;
        if (!tr.arabic() || r - 1 < s.firstToken() || !ARABIC_RELATIVES.contains(doc.token(r).norm())) {
            return false;
        }
        int k = r - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isComma(doc.token(k)) || Grammar.isQuote(doc.token(k)))) {
            k--; // «وتشغل «كريم»، التي اشترتها»: the name before a comma and quotes
        }
        return doc.mentionAt[k] < 0 && doc.token(k).isWord();
    }

    private ArabicRelatives() {
    }
}
