package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;

/**
 * «استحوذت X على حصة سوفت بنك في Y», «اشترت X حصة فيفندي في Y»: a stake noun with a name in its genitive and «في»
 * after it is that name's stake in the company after «في». Taken by a buyer, the genitive is the seller: the buyer
 * invests in the company after «في», and the seller, who gives the stake up, invests in nothing.
 */
final class StakeOwners {
    /** How many words besides names may stand between a verb of taking and its stake noun: «استحوذت شركة X القابضة على حصة». */
    private static final int STAKE_REACH = 6;

    private StakeOwners() {
    }

    /**
     * The stake noun a few words after the trigger, or -1; the names between, with their abbreviations in brackets or
     * quotes, are not counted: «استحوذت هيئة X (ABC) على كامل حصة».
     */
    static int stakeAfter(Doc doc, Sentence s, Trigger tr) {
        int words = 0;
        for (int k = tr.endToken(); k < s.endToken() && words < STAKE_REACH; k++) {
            if (Stakes.isStakeWord(doc.token(k))) {
                return k;
            }
            if (doc.mentionAt[k] < 0 && !Grammar.isQuote(doc.token(k))) {
                words++;
            }
        }
        return -1;
    }

    /** The name in the stake noun's genitive (past a cue noun or quotes), when «في» and a name follow it; else -1. */
    static int owner(Doc doc, Sentence s, int stake) {
        int m = genitive(doc, s, stake);
        return m >= 0 && heldIn(doc, s, m) >= 0 ? m : -1;
    }

    /**
     * «استحوذت X على حصص شركة Y»: the company named in the stake noun's genitive with no «في» after it, the one the
     * stake is in; else -1.
     */
    static int company(Doc doc, Sentence s, int stake) {
        int m = genitive(doc, s, stake);
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION && heldIn(doc, s, m) < 0 ? m : -1;
    }

    /** The name in the stake noun's genitive, past a cue noun or quotes, or -1. */
    private static int genitive(Doc doc, Sentence s, int stake) {
        int k = stake + 1;
        while (k < s.endToken() && k < stake + 3 && doc.mentionAt[k] < 0
                && (Grammar.isArabicOrgCue(doc.token(k)) || Grammar.isQuote(doc.token(k)))) {
            k++;
        }
        return k < s.endToken() ? doc.mentionAt[k] : -1;
    }

    /** The company after «في» that the owner's stake is in (past a cue noun or quotes), or -1. */
    static int heldIn(Doc doc, Sentence s, int owner) {
        int k = doc.mention(owner).endToken();
        while (k < s.endToken() && Grammar.isQuote(doc.token(k))) {
            k++;
        }
        k = Stakes.pastStatedShare(doc, s, k); // «حصة X البالغة 24% في Y»
        if (k >= s.endToken() || !doc.token(k).is("في")) {
            return -1;
        }
        k++;
        int reach = k + 4;
        while (k < s.endToken() && k < reach && doc.mentionAt[k] < 0
                && (Grammar.isArabicOrgCue(doc.token(k)) || Grammar.isQuote(doc.token(k)) || doc.token(k).is("("))) {
            k++;
        }
        return k < s.endToken() ? doc.mentionAt[k] : -1;
    }

    /** Whether a word of taking stands anywhere before the stake noun in its clause: «واستحوذت شركة "X" القابضة على حصة». */
    static boolean takenInClause(Doc doc, Sentence s, int stake) {
        return taken(doc, s, stake, stake - s.firstToken());
    }

    private static boolean taken(Doc doc, Sentence s, int stake, int reach) {
        for (int k = stake - 1; k >= s.firstToken() && k >= stake - reach; k--) {
            Token t = doc.token(k);
            if (Grammar.isComma(t)) {
                return false;
            }
            String bare = Clitics.bare(t.norm());
            if (doc.mentionAt[k] < 0 && (bare.startsWith("استحو") || bare.startsWith("يستحو") || bare.startsWith("تستحو")
                    || bare.startsWith("شراء") || bare.startsWith("شرائ") || bare.startsWith("اشتر") || bare.startsWith("يشتر")
                    || bare.startsWith("تشتر"))) {
                return true;
            }
        }
        return false;
    }
}
