package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.Set;

/**
 * A stake sold to a named buyer: «بيع حصة أغلبية في X إلى Y», «بيع 51% من حصتها في X لشركة Y», "sold its 40% stake in
 * X to Y". The seller comes first and takes nothing; the buyer, named after the company, acquires it (more than half,
 * or in English a stake of no told size) or invests in it.
 */
final class StakeSales {
    /** Words that name the one a sale goes to: «إلى Y», «لصالح Y». */
    private static final Set<String> TO = WordSet.of("الي", "لصالح", "to");

    private StakeSales() {
    }

    /** The buyer's fact for the stake word of a sale, or null when no company or no buyer after it is named. */
    static Fact soldTo(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int target = -1;
        boolean in = false; // «حصة (أغلبية) في X»: the company the stake is of
        for (int k = tr.endToken(); k < Math.min(s.endToken(), tr.endToken() + 10) && !Grammar.isComma(doc.token(k)); k++) {
            in |= (doc.token(k).is("في") || doc.token(k).is("in")) && k < tr.endToken() + 3;
            int m = doc.mentionAt[k];
            if (m >= 0) {
                target = in && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
                break;
            }
        }
        if (target < 0) {
            return null;
        }
        int buyer = buyerAfter(doc, s, doc.mention(target).endToken());
        if (buyer < 0 || doc.id(buyer).equals(doc.id(target))) {
            return null;
        }
        Stakes.Size size = Stakes.around(doc, s, tr.startToken());
        // "offloaded a stake in X to Y", with no share told: English deal news tells a holding changing hands so
        FactType type = size == Stakes.Size.MAJORITY || size != Stakes.Size.MINORITY && !tr.arabic()
                ? FactType.ACQUISITION : FactType.INVESTMENT;
        out.add(type, doc.id(buyer), doc.id(target), Attributes.amount(doc, s, tr.startToken()), null,
                Attributes.date(doc, s, tr.startToken(), type), null, null, Attributes.evidence(doc, s), 0.6);
        return out.last();
    }

    /** «… إلى "مبادلة"», «… لشركة الاستثمار الأمريكية سيلفر ليك», "… to Tessor": the organization the sale goes to, or -1. */
    static int buyerAfter(Doc doc, Sentence s, int k) {
        while (k < s.endToken() && doc.mentionAt[k] < 0 && Grammar.isQuote(doc.token(k))) {
            k++;
        }
        if (k >= s.endToken()) {
            return -1;
        }
        int m = doc.mentionAt[k];
        if (m >= 0) { // «لسيلفر ليك»: the buyer with its preposition
            return doc.type(m) == EntityType.ORGANIZATION && Grammar.clitic(doc, doc.mention(m)).equals("ل") ? m : -1;
        }
        Token to = doc.token(k);
        boolean cued = to.norm().startsWith("ل") && Grammar.isArabicOrgCue(to); // «لشركة …»
        if (!cued && !TO.contains(to.norm())) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(s.endToken(), k + 6) && !Grammar.isComma(doc.token(j)); j++) {
            int named = doc.mentionAt[j];
            if (named >= 0) {
                return doc.type(named) == EntityType.ORGANIZATION ? named : -1;
            }
        }
        return -1;
    }
}
