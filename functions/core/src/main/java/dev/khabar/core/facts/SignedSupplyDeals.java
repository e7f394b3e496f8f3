package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "a deal signed by Halvor Steel with Toyota to supply steel sheets": the signer named after "by" undertakes to supply
 * the one after "with", so it holds a contract with it as client. Only with a verb of supplying after "to": a deal
 * signed to develop something together is a partnership.
 */
final class SignedSupplyDeals {
    private static final Set<String> DEALS = WordSet.of("deal", "agreement", "contract", "accord");

    private SignedSupplyDeals() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 4 < s.endToken(); k++) {
            if (!DEALS.contains(doc.token(k).norm()) || !doc.token(k + 1).is("signed") || !doc.token(k + 2).is("by")) {
                continue;
            }
            int holder = doc.mentionAt[k + 3];
            int with = holder < 0 ? -1 : doc.mention(holder).endToken();
            int client = with >= 0 && with + 1 < s.endToken() && doc.token(with).is("with") ? doc.mentionAt[with + 1] : -1;
            int to = client < 0 ? -1 : doc.mention(client).endToken();
            if (client < 0 || to + 1 >= s.endToken() || !doc.token(to).is("to") || !Awards.SUPPLY.contains(doc.token(to + 1).norm())
                    || doc.type(holder) != EntityType.ORGANIZATION || doc.type(client) != EntityType.ORGANIZATION
                    || doc.id(holder).equals(doc.id(client))) {
                continue;
            }
            out.add(FactType.CONTRACT, doc.id(holder), doc.id(client), Attributes.amount(doc, s, k), null,
                    Attributes.date(doc, s, k, FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
        }
    }
}
