package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import java.util.Set;

/**
 * Arabic statements of who holds a company's capital, each holder followed by its share: «ويساهم في رأسمال البنك شركة
 * X بنسبة 49%، وشركة Y بنسبة 1%» (the company first, after a verb of contributing), «وستبلغ حصة X في Y 51%، وZ 25%»
 * and «نسبة مساهمة X في Y 22%، بينما ستتراجع نسبة مساهمة Z فيه إلى 10%» (a share noun with its holder, then more
 * holders each with a share of their own). Less than half of a company is an investment in it, more is its control.
 */
final class Shareholders {
    /** Verbs of contributing to a company's capital, without the conjunction: «ويساهم», «ساهمت», «تسهم». */
    private static final Set<String> CONTRIBUTE = WordSet.of("يساهم", "تساهم", "ساهم", "ساهمت", "سيساهم", "ستساهم",
            "يسهم", "تسهم", "اسهم", "اسهمت");
    /** What a holder contributes to: the capital («رأسمال», «رأس مال») or the ownership of the company. */
    private static final Set<String> CAPITAL = WordSet.of("راسمال", "راس", "ملكيه");
    /** Nouns standing for a company named before: «البنك», «الشركة», «المصرف». */
    private static final Set<String> COMPANY_NOUNS = WordSet.of("بنك", "شركه", "مصرف", "مجموعه", "صندوق");
    /** Share nouns naming their holder in the genitive: «حصة X», «مساهمة X» (also after «نسبة»). */
    private static final Set<String> SHARE_NOUNS = WordSet.of("حصه", "مساهمه");
    /** The pronoun «فيه»/«فيها» standing for the company just named: «نسبة مساهمة Z فيه». */
    private static final Set<String> IN_IT = WordSet.of("فيه", "فيها");
    /** Words a holder's share may stand after: quotes, a nationality («اللبنانية»), «أيضاً», «بنسبة». */
    private static final int SHARE_REACH = 5;

    private Shareholders() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        String company = null;
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            String bare = Clitics.bare(doc.token(k).norm());
            if (CONTRIBUTE.contains(bare) && doc.token(k + 1).is("في") && CAPITAL.contains(doc.token(k + 2).norm())) {
                int at = doc.token(k + 2).is("راس") && k + 3 < s.endToken() && doc.token(k + 3).is("مال") ? k + 3 : k + 2;
                int[] found = companyAfter(doc, s, at + 1);
                if (found != null) {
                    company = doc.id(found[0]);
                    k = holders(doc, s, found[1], true, company, out);
                }
            } else if (SHARE_NOUNS.contains(bare) && !StakeOwners.takenInClause(doc, s, k)
                    && !Stakes.soldBefore(doc, s, k)) {
                int holder = holderAfter(doc, s, k + 1); // a stake bought or sold names its seller, not a holder
                int after = holder < 0 ? s.endToken() : Grammar.pastQuotes(doc, s, doc.mention(holder).endToken());
                int companyEnd = -1;
                if (after < s.endToken() && IN_IT.contains(doc.token(after).norm()) && company != null) {
                    companyEnd = after + 1; // «نسبة مساهمة Z فيه»: the company of the clause before
                } else if (after < s.endToken() && doc.token(after).is("في")) {
                    int held = StakeOwners.heldIn(doc, s, holder);
                    if (held >= 0 && doc.type(held) == EntityType.ORGANIZATION && !doc.id(held).equals(doc.id(holder))) {
                        company = doc.id(held);
                        companyEnd = doc.mention(held).endToken();
                    }
                }
                if (companyEnd >= 0 && add(doc, s, holder, shareAfter(doc, s, companyEnd), company, out)) {
                    k = holders(doc, s, companyEnd, false, company, out); // «حصة X في Y 51%، وZ 25%»
                }
            }
        }
    }

    /**
     * The company whose capital is named at token {@code k} (past quotes and a cue noun): a name, or «البنك», «الشركة» standing for
     * the latest one named before with that noun (any for «الشركة»); the name after the noun is a holder, not it.
     * Answers {mention index, first token after it}, or null.
     */
    private static int[] companyAfter(Doc doc, Sentence s, int k) {
        while (k < s.endToken() && doc.mentionAt[k] < 0 && (Grammar.isQuote(doc.token(k))
                || Grammar.isArabicOrgCue(doc.token(k)) && !doc.token(k).norm().startsWith("ال"))) {
            k++; // «رأس مال شركة X», «رأسمال "شركة X"»
        }
        if (k >= s.endToken()) {
            return null;
        }
        int m = doc.mentionAt[k];
        if (m >= 0) {
            return doc.type(m) == EntityType.ORGANIZATION ? new int[] {m, doc.mention(m).endToken()} : null;
        }
        String noun = Clitics.bare(doc.token(k).norm());
        if (!COMPANY_NOUNS.contains(noun) || !doc.token(k).norm().startsWith("ال")) {
            return null;
        }
        String want = noun.equals("شركه") ? "" : noun;
        for (int j = k - 1; j >= 0; j--) {
            int named = doc.mentionAt[j];
            if (named >= 0 && doc.type(named) == EntityType.ORGANIZATION
                    && TextNormalizer.normalize(doc.mention(named).surface()).contains(want)) {
                return new int[] {named, k + 1};
            }
        }
        return null;
    }

    /** The holder named in a share noun's genitive, past an organization cue or quotes, or -1. */
    private static int holderAfter(Doc doc, Sentence s, int k) {
        while (k < s.endToken() && doc.mentionAt[k] < 0 && (Grammar.isArabicOrgCue(doc.token(k)) || Grammar.isQuote(doc.token(k)))) {
            k++;
        }
        if (k >= s.endToken() || doc.mentionAt[k] < 0) {
            return -1;
        }
        int m = doc.mentionAt[k];
        return doc.type(m) == EntityType.ORGANIZATION || doc.type(m) == EntityType.PERSON ? m : -1;
    }

    /**
     * The holders from token {@code from} on, each a name with its own share after it, the later ones joined by «و» or
     * a comma: one fact each, until a name without a share ends the list. Answers the token after the last holder read.
     */
    private static int holders(Doc doc, Sentence s, int from, boolean first, String company, FactCollector out) {
        int read = from;
        for (int k = from; k < s.endToken(); ) {
            int m = doc.mentionAt[k];
            if (m < 0 || doc.type(m) == EntityType.LOCATION || doc.id(m).equals(company)) {
                k = m < 0 ? k + 1 : doc.mention(m).endToken();
                continue;
            }
            if (!first && !joined(doc, s, m)
                    || !add(doc, s, m, shareAfter(doc, s, doc.mention(m).endToken()), company, out)) {
                break;
            }
            first = false;
            k = doc.mention(m).endToken();
            read = k;
        }
        return read;
    }

    /** Adds the holder's stake of {@code size} in the company; false when no share is stated. */
    private static boolean add(Doc doc, Sentence s, int holder, Stakes.Size size, String company, FactCollector out) {
        if (size == Stakes.Size.NONE || size == Stakes.Size.STAKE) {
            return false;
        }
        FactType type = size == Stakes.Size.MAJORITY ? FactType.ACQUISITION : FactType.INVESTMENT;
        out.add(type, doc.id(holder), company, null, null, null, null, null, Attributes.evidence(doc, s), 0.6);
        return true;
    }

    /** Whether a holder joins the list by «و» or a comma before it, quotes aside: «، و"بنك X"», «ومصطفى». */
    private static boolean joined(Doc doc, Sentence s, int m) {
        if (Grammar.clitic(doc, doc.mention(m)).startsWith("و")) {
            return true;
        }
        int k = doc.mention(m).startToken() - 1;
        while (k >= s.firstToken() && Grammar.isQuote(doc.token(k))) {
            k--;
        }
        return k >= s.firstToken() && (Grammar.isComma(doc.token(k)) || doc.token(k).is("و"));
    }

    /** The share stated a few words after a holder, past quotes, a nationality and the pronoun «فيه»: "بنسبة 49%". */
    private static Stakes.Size shareAfter(Doc doc, Sentence s, int k) {
        int limit = Math.min(s.endToken(), k + SHARE_REACH);
        for (int j = k; j < limit; j++) {
            int m = doc.mentionAt[j];
            if (m >= 0 && doc.type(m) != EntityType.LOCATION || Grammar.isComma(doc.token(j))) {
                return Stakes.Size.NONE;
            }
            if (m < 0 && !Grammar.isQuote(doc.token(j))) {
                Stakes.Size size = Stakes.after(doc, s, j);
                if (size != Stakes.Size.NONE) {
                    return size;
                }
            }
        }
        return Stakes.Size.NONE;
    }
}
