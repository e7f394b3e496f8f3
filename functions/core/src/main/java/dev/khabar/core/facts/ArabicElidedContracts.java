package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * «وقعت X أمس عقودا مع شركات وطنية. وأوضح البيان أن X أمضت مع 3 شركات، وهي A وB وC»: a signing verb whose contract
 * noun is left out, because the sentence before named it, signs those contracts with the companies listed after «مع».
 * The one signer of a contract with each of several companies is their client. The Maghrebi «أمضى» ("signed" with a
 * contract, "spent" with a time) signs only here, where the contract is the one told before; a verb with its own noun
 * is read by the deal triggers.
 */
final class ArabicElidedContracts {
    /** Verbs of signing, read without their «و»: «وقعت», «أمضت», «أبرمت». */
    private static final Set<String> SIGNING = WordSet.of("وقعت", "وقع", "امضت", "امضي", "ابرمت", "ابرم");
    /** Contract nouns the sentence before must name, read without «و» and the article. */
    private static final Set<String> CONTRACT_NOUNS = WordSet.of("عقد", "عقدا", "عقود", "عقودا", "عقدين", "العقد",
            "العقود");
    /** Words that close the list of companies: a relative clause or a purpose. */
    private static final Set<String> LIST_ENDS = WordSet.of("التي", "الذي", "اللتين", "الذين", "لانجاز", "لتنفيذ", "بهدف");
    /** How many tokens may stand between «مع» and the first company: a count, «شركات», an adjective, a comma, «وهي», a quote. */
    private static final int LIST_OPENING = 8;

    private ArabicElidedContracts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        if (s.index() == 0 || namesContract(doc, s) || !namesContract(doc, doc.sentences.get(s.index() - 1))) {
            return;
        }
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0 || !SIGNING.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                continue;
            }
            int signer = signerAround(doc, s, k);
            int with = signer < 0 ? -1 : withAfter(doc, s, signer, k);
            if (with >= 0) {
                listed(doc, s, with, doc.id(signer), out);
                return;
            }
        }
    }

    /** Whether a contract noun stands in the sentence. */
    private static boolean namesContract(Doc doc, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (CONTRACT_NOUNS.contains(Clitics.withoutConjunction(doc.token(i).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** The organization signing: named right before the verb («أن X أمضت») or right after it («أمضت X»), or -1. */
    private static int signerAround(Doc doc, Sentence s, int verb) {
        if (verb > s.firstToken() && doc.mentionAt[verb - 1] >= 0 && doc.type(doc.mentionAt[verb - 1]) == EntityType.ORGANIZATION) {
            return doc.mentionAt[verb - 1];
        }
        return ArabicOrders.companyAt(doc, s, verb + 1);
    }

    /** The «مع» right after the verb, or after the signer it comes before, or -1. */
    private static int withAfter(Doc doc, Sentence s, int signer, int verb) {
        int next = Math.max(verb + 1, doc.mention(signer).endToken());
        next = Grammar.pastQuotes(doc, s, next);
        return next < s.endToken() && doc.token(next).is("مع") ? next : -1;
    }

    /** Adds a contract held by each company listed after the «مع» at {@code with}, with the signer as client. */
    private static void listed(Doc doc, Sentence s, int with, String signer, FactCollector out) {
        int first = -1;
        for (int i = with + 1; i < s.endToken() && i <= with + LIST_OPENING && first < 0; i++) {
            if (doc.mentionAt[i] >= 0) {
                first = i;
            }
        }
        for (int i = first; i >= 0 && i < s.endToken(); i++) {
            if (LIST_ENDS.contains(Clitics.withoutConjunction(doc.token(i).norm()))) {
                return;
            }
            int m = doc.mentionAt[i];
            if (m < 0 || doc.type(m) != EntityType.ORGANIZATION || (i > 0 && doc.mentionAt[i - 1] == m)) {
                continue;
            }
            String holder = doc.id(m);
            if (!holder.equals(signer) && !out.has(FactType.CONTRACT, holder, signer)) {
                out.add(FactType.CONTRACT, holder, signer, null, null, Attributes.date(doc, s, with, FactType.CONTRACT), null,
                        null, Attributes.evidence(doc, s), 0.6);
            }
        }
    }
}
