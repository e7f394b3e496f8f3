package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * «وقعت الوزارة عقدا مع شركة A بمبلغ …، وعقدا آخر مع شركة B», «تم توقيع عقد مشروع … مع مؤسسة A …، ومشروع … مع مؤسسة B»,
 * «… مع شركة A، ومع شركة B»: the contracts a sentence lists after its first one, each opened after a comma by a word
 * carrying «و» and naming its own party after «مع», are made by the first one's signer. Each listed party takes the place
 * the first party after «مع» held, and is no party of a contract with it.
 */
final class ArabicContractSeries {
    /** Words opening a further item of the series, read without their «و»: a contract, a project, an ordinal, «مع». */
    private static final Set<String> OPENERS = WordSet.of("عقد", "عقدا", "عقود", "عقدين", "مشروع", "مشروعا", "مشاريع",
            "اتفاقيه", "صفقه", "مع", "الثاني", "الثالث", "الرابع", "الخامس", "الاخر", "الاخير");
    /** Marks closing one item of the series before the next. */
    private static final Set<String> SEPARATORS = WordSet.of("،", ",", "؛");
    private static final String WITH = "مع";

    private ArabicContractSeries() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        Evidence told = Attributes.evidence(doc, s);
        Fact head = firstContract(out, told);
        if (head == null) {
            return;
        }
        int with = -1;
        String named = null;
        for (int k = s.firstToken(); k + 1 < s.endToken() && named == null; k++) {
            int party = withAt(doc, s, k);
            if (party >= 0 && (doc.id(party).equals(head.subject()) || doc.id(party).equals(head.object()))) {
                with = k;
                named = doc.id(party);
            }
        }
        if (named == null) {
            return;
        }
        String signer = named.equals(head.subject()) ? head.object() : head.subject();
        for (int k = with + 2; k + 1 < s.endToken(); k++) {
            int party = withAt(doc, s, k);
            if (party < 0 || !opensItem(doc, s, with, k)) {
                continue;
            }
            String listed = doc.id(party);
            if (listed.equals(named) || listed.equals(signer)) {
                continue;
            }
            out.removeTold(FactType.CONTRACT, named, listed, told);
            out.removeTold(FactType.CONTRACT, listed, named, told);
            boolean holds = named.equals(head.subject());
            out.add(FactType.CONTRACT, holds ? listed : signer, holds ? signer : listed, Attributes.amount(doc, s, k), null,
                    Attributes.date(doc, s, k, FactType.CONTRACT), null, null, told, 0.6);
        }
    }

    /** The first contract with a client that this sentence told, or null. */
    private static Fact firstContract(FactCollector out, Evidence told) {
        for (Fact f : out.all()) {
            if (f.type() == FactType.CONTRACT && f.object() != null && told.equals(f.evidence())) {
                return f;
            }
        }
        return null;
    }

    /** The company named right after «مع» (or «ومع») at {@code k}, or -1. */
    private static int withAt(Doc doc, Sentence s, int k) {
        if (doc.mentionAt[k] >= 0 || !Clitics.withoutConjunction(doc.token(k).norm()).equals(WITH)) {
            return -1;
        }
        return ArabicOrders.companyAt(doc, s, k + 1);
    }

    /**
     * Whether the «مع» at {@code k} stands in an item of its own: after the last separator since the first «مع», opened by
     * a word of {@link #OPENERS} carrying «و», with no organization or person named before the «مع».
     */
    private static boolean opensItem(Doc doc, Sentence s, int first, int k) {
        int separator = -1;
        for (int i = k - 1; i > first; i--) {
            if (SEPARATORS.contains(doc.token(i).norm())) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return false;
        }
        String opener = doc.token(separator + 1).norm();
        String bare = Clitics.withoutConjunction(opener);
        if (bare.equals(opener) || !OPENERS.contains(bare)) {
            return false;
        }
        for (int i = separator + 1; i < k; i++) {
            if (doc.mentionAt[i] >= 0 && doc.type(doc.mentionAt[i]) != EntityType.LOCATION) {
                return false;
            }
        }
        return true;
    }
}
