package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * A company called another's supplier holds a contract with it (CONTRACT supplier → client): "Orlen is an existing
 * Tarrant supplier", "Brell, a key supplier to Volvo,", "Volvo's longtime supplier Brell". The client is named before
 * the noun (or its possessive) or after "to"/"for"; the supplier is the name right after a noun whose client came
 * first ("Apple supplier Foxconn"), else the subject of "is" before the noun phrase or the name it is apposed to. A
 * former supplier's contract has ended. A client noun tells the same contract from the other side, the company named
 * before it (or after "of") being the supplier: "Finix client Lightspeed", "Orlen, a longtime Tarrant customer,".
 */
final class SupplierNouns {
    private static final Set<String> SUPPLIERS = WordSet.of("supplier", "vendor", "contractor");
    /** Nouns of the contract's other side, whose supplier is named before them: "Finix client Lightspeed". */
    private static final Set<String> CLIENTS = WordSet.of("client", "customer");
    /** Words of the noun phrase before the client or the noun: "an existing", "a longtime", "the sole". */
    private static final Set<String> MODIFIERS = WordSet.of("a", "an", "the", "existing", "longtime", "long-time",
            "longstanding", "long-standing", "key", "major", "main", "sole", "preferred", "exclusive", "primary", "big",
            "biggest", "largest", "top", "leading", "important", "current", "former", "chip", "parts", "component",
            "software", "equipment", "technology", "battery", "defence", "defense");
    private static final Set<String> CLIENT_MARKERS = WordSet.of("to", "for");
    private static final Set<String> COPULAS = WordSet.of("is", "was", "been", "remains", "became");
    /** How far before "and" the copula of a first noun phrase may stand: "is an optical networking company and". */
    private static final int COORDINATED_REACH = 8;
    /** How many modifiers the noun phrase may hold. */
    private static final int MODIFIER_REACH = 4;

    private SupplierNouns() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            boolean clientNoun = doc.mentionAt[k] < 0 && CLIENTS.contains(doc.token(k).norm());
            if (doc.mentionAt[k] >= 0 || !SUPPLIERS.contains(doc.token(k).norm()) && !clientNoun) {
                continue;
            }
            // the other side: a supplier's client, or a client's supplier, named before the noun or after its marker
            int other = clientBefore(doc, s, k);
            boolean otherFirst = other >= 0;
            int phraseStart = other >= 0 ? modifiersBefore(doc, s, doc.mention(other).startToken()) : modifiersBefore(doc, s, k);
            if (other < 0 && k + 1 < s.endToken() && (clientNoun ? doc.token(k + 1).is("of")
                    : CLIENT_MARKERS.contains(doc.token(k + 1).norm()))) {
                other = Grammar.organizationAt(doc, s, k + 2); // "a key supplier to Volvo", "a customer of Finix"
            }
            if (other < 0) {
                continue;
            }
            int named = otherFirst ? Grammar.organizationAt(doc, s, k + 1) : -1; // "Volvo's longtime supplier Brell"
            if (named < 0) {
                named = holderBefore(doc, s, phraseStart);
            }
            if (named >= 0 && !doc.id(named).equals(doc.id(other))) {
                String holder = doc.id(clientNoun ? other : named);
                String client = doc.id(clientNoun ? named : other);
                out.add(FactType.CONTRACT, holder, client, null, null, null, null,
                        former(doc, phraseStart, k) ? "ended" : null, Attributes.evidence(doc, s), 0.6);
            }
        }
    }

    /** "Tarrant supplier", "Tarrant's longtime supplier": the client named before the noun past its modifiers; or -1. */
    private static int clientBefore(Doc doc, Sentence s, int noun) {
        int j = noun - 1;
        while (j > s.firstToken() && noun - j <= MODIFIER_REACH && doc.mentionAt[j] < 0 && MODIFIERS.contains(doc.token(j).norm())) {
            j--;
        }
        if (doc.mentionAt[j] < 0 && doc.token(j).is("'s")) {
            j--;
        }
        int m = doc.mentionAt[j];
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** Where the noun phrase ending before token {@code k} starts: past "an existing", "a key". */
    private static int modifiersBefore(Doc doc, Sentence s, int k) {
        int j = k;
        while (j - 1 >= s.firstToken() && k - j < MODIFIER_REACH && doc.mentionAt[j - 1] < 0
                && MODIFIERS.contains(doc.token(j - 1).norm())) {
            j--;
        }
        return j;
    }

    /** "Orlen is …", "Orlen, …": the company the noun phrase at {@code start} is said of; or -1. */
    private static int holderBefore(Doc doc, Sentence s, int start) {
        if (start <= s.firstToken()) {
            return -1;
        }
        if (Grammar.isComma(doc.token(start - 1))) {
            int m = start - 2 >= s.firstToken() ? doc.mentionAt[start - 2] : -1;
            return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1; // "Brell, a key supplier to Volvo,"
        }
        int copula = start - 1;
        if (doc.token(copula).is("and")) { // "Orlen is a laser maker and an existing Tarrant supplier"
            do {
                copula--;
            } while (copula > s.firstToken() && start - copula <= COORDINATED_REACH && !COPULAS.contains(doc.token(copula).norm())
                    && doc.mentionAt[copula] < 0 && !Grammar.isComma(doc.token(copula)));
        }
        return COPULAS.contains(doc.token(copula).norm()) ? Grammar.organizationRightBefore(doc, s, copula) : -1;
    }

    private static boolean former(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.token(k).is("former")) {
                return true;
            }
        }
        return false;
    }
}
