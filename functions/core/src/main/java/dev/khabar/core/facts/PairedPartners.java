package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Partnerships whose parties are named as a pair rather than as a doer and its "with": "the partnership between A and
 * B", «الشراكة بين A و B»; and «أبرمت A و B مذكرة تفاهم», "A and B signed an MoU", where a noun that names its partner
 * only after "with" has none, because both are its doers.
 */
final class PairedPartners {
    private static final Set<String> BETWEEN = WordSet.of("بين", "between");

    private PairedPartners() {
    }

    /**
     * "the partnership between A and B", «تعزيز الشراكة الاستراتيجية بين A و B»: the parties listed after "between"
     * within a few words of the noun, from the first of them at {@code first} ({@link #firstBetween}), each a partner of
     * every other one («مذكرة بين A، وB، وC» binds all three); null when no second party is named.
     */
    static Fact between(Doc doc, Sentence s, Trigger tr, int first, FactCollector out) {
        List<String> others = new ArrayList<>();
        // «مذكرة بين A، وشركة B، وشركة C»: the list's commas end no clause; the list itself stops at its last member
        NameLists.listAfter(doc, s, first, s.endToken(), ORGANIZATION, doc.id(first), others);
        if (!others.isEmpty() && JointVentures.isVenture(doc, tr)) {
            List<String> parties = new ArrayList<>(List.of(doc.id(first)));
            parties.addAll(others);
            JointVentures.founders(doc, s, tr, parties, out);
        }
        return others.isEmpty() ? null : pairs(doc, s, tr, doc.id(first), others, out);
    }

    /**
     * The first company after a "between" within a few words of the noun («بروتوكول آخر بين UnionPay وشركة …»), or -1:
     * the pact's parties are the ones listed from there.
     */
    static int firstBetween(Doc doc, Sentence s, Trigger tr) {
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        for (int k = tr.endToken(); k < Math.min(end, tr.endToken() + 3); k++) {
            if (doc.mentionAt[k] >= 0) {
                return -1;
            }
            if (BETWEEN.contains(doc.token(k).norm())) {
                return TriggerFacts.firstAfter(doc, s, k + 1, Math.min(end, k + 4), ORGANIZATION, null);
            }
        }
        return -1;
    }

    /**
     * «أبرمت A و B مذكرة تفاهم», "A and B signed an agreement": the names listed with the doer by "and" before the
     * noun are its partners; empty when the doer is in no such list.
     */
    static List<String> coordinated(Doc doc, Sentence s, Trigger tr, String subject) {
        for (int m : doc.mentionsIn(Grammar.clauseStart(doc, tr.startToken(), s), tr.startToken())) {
            if (doc.type(m) != EntityType.ORGANIZATION) {
                continue;
            }
            List<String> listed = new ArrayList<>(List.of(doc.id(m)));
            NameLists.listAfter(doc, s, m, tr.startToken(), ORGANIZATION, null, listed);
            int last = lastMentionOf(doc, s, listed.get(listed.size() - 1), tr.startToken());
            if (listed.size() < 2 || !listed.contains(subject) || last < 0 || !closeBefore(doc, last, tr)) {
                return List.of();
            }
            listed.remove(subject);
            return listed;
        }
        return List.of();
    }

    /** Words that may stand with the verb before the noun: "have signed an", "have also formed a", "announced a new". */
    private static final Set<String> WITH_THE_VERB = WordSet.of("a", "an", "the", "have", "has", "had", "will", "also",
            "jointly", "today", "new", "strategic", "formal");

    /**
     * Whether only the verb (and quotes, commas, a dual verb's ending, its auxiliaries, the noun's article and
     * adjectives of a pact) stands between the last partner and the noun.
     */
    private static boolean closeBefore(Doc doc, int m, Trigger tr) {
        int gap = 0;
        for (int k = doc.mention(m).endToken(); k < tr.startToken(); k++) {
            if (!Grammar.isQuote(doc.token(k)) && !Grammar.isComma(doc.token(k)) && !WITH_THE_VERB.contains(doc.token(k).norm())) {
                gap++;
            }
        }
        return gap <= 2; // "A and B have signed", «A و B وقعتا»
    }

    private static int lastMentionOf(Doc doc, Sentence s, String id, int before) {
        int found = -1;
        for (int m : doc.mentionsIn(s.firstToken(), before)) {
            if (doc.id(m).equals(id)) {
                found = m;
            }
        }
        return found;
    }

    private static Fact pairs(Doc doc, Sentence s, Trigger tr, String first, List<String> others, FactCollector out) {
        var date = Attributes.date(doc, s, tr.startToken(), FactType.PARTNERSHIP);
        List<String> members = new ArrayList<>(List.of(first));
        members.addAll(others);
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                String a = members.get(i);
                String b = members.get(j);
                if (!out.has(FactType.PARTNERSHIP, a, b) && !out.has(FactType.PARTNERSHIP, b, a)) {
                    out.add(FactType.PARTNERSHIP, a, b, null, null, date, null, null, Attributes.evidence(doc, s), 0.7);
                }
            }
        }
        return out.last();
    }
}
