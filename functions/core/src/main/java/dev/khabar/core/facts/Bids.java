package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.Set;

/**
 * A takeover told by its noun with the bidder as possessor: "Vodafone's $10 billion offer for Kabel Deutschland",
 * "Disney's acquisition of Fox", "X accepted Cisco's increased bid". The possessor is the doer, whatever name opens the
 * clause; an offer ("offer", "bid") is a takeover only as a noun and only for what follows its "for" — or, when the
 * target is the one that accepts or rejects it, for the clause's doer.
 */
final class Bids {
    /** What an offer's target does with it: "Acacia accepted Cisco's offer", "the board rejected X's bid". */
    private static final Set<String> ANSWERS = WordSet.of("accepted", "accepts", "accept", "rejected", "rejects", "reject",
            "rebuffed", "spurned", "backed", "backs", "approved", "approves", "recommended", "weighing", "considering",
            "to");
    private static final Set<String> DETERMINERS = WordSet.of("a", "an", "the", "its", "their", "his", "her", "this",
            "that", "'s");
    private static final Set<String> MONEY_WORDS = WordSet.of("$", "€", "£", "billion", "million", "bn", "m", "mln",
            "usd", "dollar", "-", "per", "share", "cash", "all");
    private static final Set<String> NOT_MODIFIERS = WordSet.of("and", "or", "but", "to", "for", "of", "in", "on", "with",
            "by", "at", "from", "is", "was", "will", "would", "has", "had", "have", "which", "that", "it", "they");
    private static final ArgumentSpec SPEC = new ArgumentSpec(ArgumentSpec.of(FactType.ACQUISITION).subject(),
            ArgumentSpec.of(FactType.ACQUISITION).object(), WordSet.of("for"), true);

    private Bids() {
    }

    static ArgumentSpec spec() {
        return SPEC;
    }

    /**
     * "made a $10 billion offer", "Cisco's increased bid": a new offer told by its noun, past its amount and adjectives.
     * "the offer", "its bid" point back to one told before and name no new bidder.
     */
    static boolean newOffer(Doc doc, Sentence s, Trigger tr) {
        int k = pastModifiers(doc, s, tr.startToken() - 1);
        return k >= s.firstToken() && (doc.token(k).is("a") || doc.token(k).is("an") || doc.token(k).is("'s"));
    }

    /** The name owning the deal noun — "Disney's acquisition", "Vodafone's $10 billion offering" — or -1. */
    static int possessor(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        if (tr.arabic()) {
            return -1;
        }
        int k = pastModifiers(doc, s, tr.startToken() - 1);
        if (k <= s.firstToken() || !doc.token(k).is("'s") || doc.mentionAt[k - 1] < 0) {
            return -1;
        }
        int m = doc.mentionAt[k - 1];
        return types.contains(doc.type(m)) ? m : -1;
    }

    /** "Acacia agreed to Cisco's offer", "Acme rejected X's bid": the target is the doer of the clause. */
    static int answeredBy(Doc doc, Sentence s, Trigger tr, int bidder, ArgumentSpec spec) {
        int verb = doc.mention(bidder).startToken() - 1;
        while (verb >= s.firstToken() && DETERMINERS.contains(doc.token(verb).norm())) {
            verb--;
        }
        if (verb < s.firstToken() || !ANSWERS.contains(doc.token(verb).norm())) {
            return -1;
        }
        return Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, verb, s), verb, spec.object(), doc.id(bidder));
    }

    /** English offer nouns "takeover" may stand before: "a takeover bid from X". */
    private static final Set<String> ENGLISH_OFFERS = WordSet.of("bid", "bids", "offer", "offers");

    /**
     * "Spectris received a takeover bid from Advent", "Acme rejected an offer from X": a new offer told with its
     * "from" names the bidder after it, and the clause's doer — who received or answered the offer — is its target.
     * Returns the bidder and the target mentions, or null.
     */
    static int[] fromBidder(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            return null;
        }
        int end = tr.endToken();
        if (!tr.bid() && end < s.endToken() && ENGLISH_OFFERS.contains(doc.token(end).norm())) {
            end++; // "takeover" before its offer noun
        }
        if (end >= s.endToken() || !doc.token(end).is("from") || !ENGLISH_OFFERS.contains(doc.token(end - 1).norm())) {
            return null;
        }
        int k = pastModifiers(doc, s, tr.startToken() - 1);
        if (k < s.firstToken() || !doc.token(k).is("a") && !doc.token(k).is("an")) {
            return null; // "the offer from X": one told before
        }
        int bidder = organizationAfter(doc, s, end + 1);
        if (bidder < 0) {
            return null;
        }
        int target = Grammar.firstUngoverned(doc, s, Grammar.clauseStart(doc, k, s), k, Grammar.ORGANIZATION,
                doc.id(bidder));
        return target < 0 ? null : new int[] {bidder, target};
    }

    /** The first organization a few words after {@code from}, past places and describing words: "from US outfit Advent". */
    private static int organizationAfter(Doc doc, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken(), from + 6); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return m;
            }
            if (m < 0 && (Grammar.isComma(doc.token(k)) || NOT_MODIFIERS.contains(doc.token(k).norm()))) {
                return -1;
            }
        }
        return -1;
    }

    /** Arabic offer nouns: «عرضا للاستحواذ», «عرض لشراء». */
    private static final Set<String> OFFER_NOUNS = WordSet.of("عرض", "عرضا", "عروض", "عرضين");
    /** Verbs of receiving, whose doer is the target of the offer received: «تلقت X عرضا للاستحواذ عليها من Y». */
    private static final Set<String> RECEIVING = WordSet.of("تلقت", "تلقي", "تتلقي", "يتلقي", "تلقيها", "تلقيه",
            "تسلمت", "تسلم", "استلمت", "استلم");

    /**
     * «تلقت X عرضا للاستحواذ عليها من Y»: an Arabic takeover offer the clause's doer received; the bidder is the name
     * after «من», the receiver the target. The two the trigger's rules found, swapped when so, else as given.
     */
    static String[] received(Doc doc, Sentence s, Trigger tr, String subject, String object) {
        int noun = tr.startToken() - 1;
        int bidderBefore = noun >= s.firstToken() ? doc.mentionAt[noun] : -1;
        if (bidderBefore >= 0) { // «عرضا من أرامكو للاستحواذ عليها»: the bidder between the noun and the trigger
            int k = doc.mention(bidderBefore).startToken() - 1;
            while (k > s.firstToken() && doc.mentionAt[k] < 0 && (Grammar.isQuote(doc.token(k)) || Grammar.isArabicOrgCue(doc.token(k)))) {
                k--;
            }
            noun = k > s.firstToken() && doc.token(k).is("من") ? k - 1 : noun;
        }
        if (!tr.arabic() || noun <= s.firstToken() || !OFFER_NOUNS.contains(doc.token(noun).norm())) {
            return new String[] {subject, object};
        }
        boolean receivedIt = false;
        for (int k = Grammar.clauseStart(doc, noun, s); k < noun; k++) {
            receivedIt |= doc.mentionAt[k] < 0 && RECEIVING.contains(Clitics.withoutConjunction(doc.token(k).norm()));
        }
        int from = -1;
        for (int k = tr.endToken(); k < Math.min(s.endToken() - 1, tr.endToken() + 4) && from < 0; k++) {
            if (doc.token(k).is("من") && doc.mentionAt[k] < 0) {
                from = k + 1;
            }
        }
        while (from >= 0 && from < s.endToken() && doc.mentionAt[from] < 0
                && (Grammar.isQuote(doc.token(from)) || Grammar.isArabicOrgCue(doc.token(from)))) {
            from++;
        }
        int bidder = noun < tr.startToken() - 1 ? bidderBefore : from >= 0 && from < s.endToken() ? doc.mentionAt[from] : -1;
        if (!receivedIt || bidder < 0 || !doc.id(bidder).equals(object)) {
            return new String[] {subject, object};
        }
        return new String[] {object, subject};
    }

    /**
     * «كشف X عن تلقيه عرضا مفاجئا من شركة أجنبية بهدف شراء التطبيق»: an offer received a few words before the trigger,
     * its bidder unnamed; the receiver buys nothing, so the takeover has no buyer to tell.
     */
    static boolean receivedFromUnnamed(Doc doc, Sentence s, Trigger tr) {
        if (!tr.arabic()) {
            return false;
        }
        int noun = -1;
        for (int k = tr.startToken() - 1; k >= s.firstToken() && k >= tr.startToken() - 7 && noun < 0; k--) {
            if (Grammar.isComma(doc.token(k)) || doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.ORGANIZATION) {
                return false; // a bidder named between the offer and the trigger, or another clause
            }
            if (OFFER_NOUNS.contains(doc.token(k).norm())) {
                noun = k;
            }
        }
        if (noun < 0) {
            return false;
        }
        for (int k = tr.endToken(); k < Math.min(s.endToken(), tr.endToken() + 6); k++) {
            if (doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.ORGANIZATION && doc.token(k - 1).is("من")
                    || k > tr.endToken() && doc.mentionAt[k] >= 0 && doc.token(k - 2).is("من")) {
                return false; // «عرضا للاستحواذ عليها من أرامكو»: the bidder named after the trigger
            }
        }
        boolean receivedIt = false;
        for (int k = Math.max(s.firstToken(), noun - 6); k < noun; k++) {
            receivedIt |= doc.mentionAt[k] < 0 && RECEIVING.contains(Clitics.withoutConjunction(Clitics.bare(doc.token(k).norm())));
        }
        return receivedIt;
    }

    private static boolean allCaps(Token t) {
        return t.script() == Script.LATIN && TextNormalizer.allUpperCase(t.surface());
    }

    /** The token before the amount and adjectives that stand before the noun at i. */
    private static int pastModifiers(Doc doc, Sentence s, int i) {
        int k = i;
        int words = 0;
        while (k >= s.firstToken() && doc.mentionAt[k] < 0) {
            Token t = doc.token(k);
            if (t.script() == Script.NUMBER || MONEY_WORDS.contains(t.norm())) {
                k--;
            } else if (k - 2 >= s.firstToken() && doc.token(k - 1).is(".") && allCaps(t) && allCaps(doc.token(k - 2))) {
                k -= 3; // "Cisco Systems Inc's CSCO.O increased offer": the bidder's ticker
            } else if (t.script() == Script.LATIN && words < 2 && !DETERMINERS.contains(t.norm())
                    && !NOT_MODIFIERS.contains(t.norm()) && Character.isLowerCase(t.surface().charAt(0))) {
                words++;
                k--;
            } else {
                break;
            }
        }
        return k;
    }
}
