package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contracts stated by "award": the one awarded holds the contract, the one awarding is its client. "The Pentagon
 * awarded Palantir a contract", "Fluor was awarded a contract" (client: the by-phrase, else the body the text said
 * awards the contracts it lists), "awarding contracts to X" (X holds them).
 */
final class Awards {
    private static final Set<String> BE = WordSet.of("was", "were", "is", "are", "been", "be", "being", "got", "get", "gets");

    private Awards() {
    }

    static Fact award(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        if (tr.arabic()) {
            return arabic(doc, s, tr, out);
        }
        if (bareVerb(doc, tr) && !contractAfter(doc, s, tr)) {
            return null; // "won an award", "the awards ceremony": the noun, no contract given
        }
        boolean passive = TriggerFacts.passiveBy(doc, s, tr) >= 0
                || (tr.startToken() > s.firstToken() && BE.contains(doc.token(tr.startToken() - 1).norm())
                && !doc.token(tr.startToken()).norm().endsWith("ing")); // "is awarding" is no passive
        int byAt = passive ? agentBy(doc, s, tr) : -1;
        String holder = null;
        String client = null;
        List<String> coHolders = List.of();
        if (passive) {
            // "a contract worth $9 million was awarded to Acme", "the upgrade of the N11 to Ladysmith was awarded to Acme":
            // the one named after "to" holds it, whatever names the passive's subject holds
            // ("awarded a contract to supply the Transit Authority": a "to" opening the work names the holder only when
            // the subject names none)
            int to = byAt == tr.endToken() ? toAfterAgent(doc, s, byAt) : recipientMarker(doc, s, tr);
            String toldAfterTo = to < 0 ? null : id(doc, TriggerFacts.firstAfter(doc, s, to + 1, Math.min(s.endToken(), to + 5),
                    ORGANIZATION, null));
            holder = to >= 0 && nameOpensAt(doc, s, to + 1) ? toldAfterTo : null;
            if (holder == null) {
                holder = id(doc, TriggerFacts.subjectMention(doc, s, tr, ORGANIZATION));
                coHolders = holder == null ? List.of() : Grammar.coordinatedBefore(doc, s, pastBe(doc, s, tr), ORGANIZATION);
            }
            if (holder == null) {
                holder = toldAfterTo;
            }
            if (holder == null) {
                holder = Anaphora.subjectPronoun(doc, s, pronounAt(doc, s, tr)); // "Acme said it had been awarded …"
                holder = holder != null ? speakerBefore(doc, s, tr, holder) : null;
            }
            client = byAt >= 0 ? id(doc, TriggerFacts.firstAfter(doc, s, byAt + 1, Math.min(s.endToken(), byAt + 6), ORGANIZATION, null))
                    : suppliedBody(doc, s, tr);
        } else {
            client = id(doc, TriggerFacts.subjectMention(doc, s, tr, ORGANIZATION));
            if (client == null) {
                client = Anaphora.subjectPronoun(doc, s, pronounAt(doc, s, tr)); // "Network Rail … It has awarded X …"
                client = client != null ? speakerBefore(doc, s, tr, client) : null;
            }
            int to = recipientMarker(doc, s, tr);
            int from = to >= 0 ? to + 1 : tr.endToken();
            List<String> partners = to >= 0 ? jointVenture(doc, s, to + 1) : List.of();
            if (client != null && !partners.isEmpty()) {
                return awardedToVenture(doc, s, tr, partners, client, out);
            }
            holder = id(doc, TriggerFacts.firstAfter(doc, s, from, Math.min(s.endToken(), from + 4), ORGANIZATION,
                    client));
            if (holder == null && client != null) {
                doc.awarder = client; // "The Department of Defense awarded eight contracts": the list follows
                return null;
            }
        }
        if (holder == null && client != null && passive && doc.won != null && s.index() - doc.won.sentence() <= 2
                && definiteContract(doc, s, tr) && !doc.won.holder().equals(client)) {
            // "Acme won a $2 billion contract … That contract was awarded by the Navy."
            out.add(FactType.CONTRACT, doc.won.holder(), client, doc.won.amount(), null, doc.won.date(), null, null,
                    doc.won.evidence(), 0.6);
            return out.last();
        }
        if (client == null) {
            client = doc.awarder != null ? doc.awarder : earlierClient(doc, out);
        }
        if (holder == null || client == null || holder.equals(client)) {
            return null;
        }
        DateValue date = Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT);
        out.add(FactType.CONTRACT, holder, client, Attributes.amount(doc, s, tr.startToken()), null, date, null, null,
                Attributes.evidence(doc, s), 0.7);
        Fact made = out.last();
        // "A and B were awarded contracts by C": each holds one
        TriggerContext.addCoDoers(doc, s, FactType.CONTRACT, holder, coHolders, List.of(client), date, null, out);
        return made;
    }

    /** The token of a passive award's "were" or "have been" ("A and B were awarded"), where its subject ends; else the verb. */
    private static int pastBe(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken();
        while (k > s.firstToken() && doc.mentionAt[k - 1] < 0 && BE.contains(doc.token(k - 1).norm())) {
            k--;
        }
        return k;
    }

    /** Words naming a public body: it awards contracts and is the client, whichever way the sentence runs. */
    private static final Set<String> PUBLIC_BODIES = WordSet.of("navy", "army", "force", "department", "ministry",
            "agency", "administration", "government", "pentagon", "bureau", "command", "corps", "council", "authority",
            "وزاره", "الوزاره", "هيئه", "الهيئه", "حكومه", "الحكومه", "الجيش", "جيش", "سلاح", "بلديه", "امانه",
            // «الوكالة الوطنية للتجهيزات العامة», «وكالة تنمية …»: a public agency (a news agency is told by «أنباء»)
            "وكاله", "الوكاله");

    /** Words that name a government or its ministry: what no investor takes a share in. */
    private static final Set<String> GOVERNMENTS = WordSet.of("government", "ministry", "حكومه", "الحكومه", "وزاره", "الوزاره");

    /** Whether the organization with this id is named as a government or a ministry («حكومة السنغال», "Ministry of X"). */
    static boolean government(Doc doc, String id) {
        return namedWith(doc, id, GOVERNMENTS);
    }

    /** Whether the organization with this id is named as a public body (the U.S. Navy, وزارة الدفاع). */
    static boolean publicBody(Doc doc, String id) {
        return namedWith(doc, id, PUBLIC_BODIES) && !namedWith(doc, id, NEWS);
    }

    /**
     * «وكالة الأنباء السعودية», «وكالة أنباء الإمارات»: a news agency, which reports deals and is party to none; nor is a
     * rating agency («وكالة موديز», «وكالة فيتش للتصنيف الائتماني»), which grades them.
     */
    private static final Set<String> NEWS = WordSet.of("انباء", "الانباء", "للانباء", "تصنيف", "التصنيف", "للتصنيف",
            "موديز", "فيتش", "ستاندرد");

    private static boolean namedWith(Doc doc, String id, Set<String> words) {
        for (var e : doc.entities.entities()) {
            if (!e.id().equals(id)) {
                continue;
            }
            for (String alias : e.aliases()) {
                for (String w : dev.khabar.core.text.TextNormalizer.normalize(alias).split(" ")) {
                    if (words.contains(w) || words.contains(Clitics.bare(w))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A contract's (holder, client) as read, swapped when the one read as holder is a public body and the client is not
     * («وقعت الوزارة عقدا مع شركة X»): the public body is the client.
     */
    static String[] publicBodyAsClient(Doc doc, String holder, String client) {
        return publicBody(doc, holder) && !publicBody(doc, client) ? new String[] {client, holder} : new String[] {holder, client};
    }

    /**
     * The public body the text last named as a contract's client ("The ministry signed a contract with A … A second
     * contract was awarded to B"): the client of the contracts told after it without one; null when there is none.
     */
    static String earlierClient(Doc doc, FactCollector out) {
        return earlierClient(doc, out, null);
    }

    /** As {@link #earlierClient(Doc, FactCollector)}, past the contracts the sentence with evidence {@code told} tells. */
    static String earlierClient(Doc doc, FactCollector out, Evidence told) {
        List<Fact> all = out.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            Fact f = all.get(i);
            if (f.type() == FactType.CONTRACT && f.object() != null && (told == null || !told.equals(f.evidence()))) {
                return publicBody(doc, f.object()) ? f.object() : null;
            }
        }
        return null;
    }

    /** A contract its holder won without the text naming, there, who gave it. */
    record Won(String holder, Amount amount, DateValue date, Evidence evidence, int sentence) {
    }

    /** Keeps "Acme won a contract to …" (no client named) for a sentence after it that names who awarded it. */
    static void remember(Doc doc, Sentence s, Trigger tr, String holder) {
        doc.won = new Won(holder, Attributes.amount(doc, s, tr.startToken()),
                Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT), Attributes.evidence(doc, s), s.index());
    }

    private static final Set<String> DEFINITE = WordSet.of("that", "the", "this", "العقد");

    /** "That contract was awarded by …": the passive's subject is a contract the text has told of. */
    private static boolean definiteContract(Doc doc, Sentence s, Trigger tr) {
        int from = Grammar.clauseStart(doc, tr.startToken(), s);
        for (int k = from; k + 1 < tr.startToken(); k++) {
            if (DEFINITE.contains(doc.token(k).norm()) && doc.token(k + 1).norm().startsWith("contract")) {
                return true;
            }
        }
        return false;
    }

    /** "was awarded a $2 billion contract by the Navy": the "by" naming the awarder, a few words on; or -1. */
    private static int agentBy(Doc doc, Sentence s, Trigger tr) {
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        for (int k = tr.endToken(); k < Math.min(end - 1, tr.endToken() + 10); k++) {
            if (doc.token(k).is("by")
                    && TriggerFacts.firstAfter(doc, s, k + 1, Math.min(end, k + 4), ORGANIZATION, null) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** "X said it had been awarded": the token of "it" before the passive verb, or the trigger when there is none. */
    private static int pronounAt(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.startToken() - 1; k >= Math.max(s.firstToken(), tr.startToken() - 4); k--) {
            if (doc.token(k).is("it")) {
                return k;
            }
        }
        return tr.startToken();
    }

    /** The organization that says "it": named right before in the sentence ("Acme said it …"), else the pronoun's. */
    private static String speakerBefore(Doc doc, Sentence s, Trigger tr, String resolved) {
        int m = Grammar.firstUngoverned(doc, s, s.firstToken(), tr.startToken(), ORGANIZATION, null);
        return m < 0 ? resolved : doc.id(m);
    }

    /** "awarded a contract to supply the Coastal Water Agency with pumps": the body supplied is the client. */
    private static String suppliedBody(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.endToken(); k < Math.min(s.endToken() - 1, tr.endToken() + 6); k++) {
            if (doc.token(k).is("to") && SUPPLY.contains(doc.token(k + 1).norm())) {
                return id(doc, TriggerFacts.firstAfter(doc, s, k + 2, Math.min(s.endToken(), k + 5), ORGANIZATION,
                        null));
            }
        }
        return null;
    }

    /**
     * "The Navy announced a $20 million contract to Acme Builders": the contract noun given "to" a company names its
     * holder; the clause's subject is the client. Null when no name follows "to".
     */
    static Fact contractTo(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int to = tr.endToken();
        if (to + 1 >= s.endToken() || !doc.token(to).is("to")) {
            return null;
        }
        int client = TriggerFacts.subjectMention(doc, s, tr, ORGANIZATION);
        List<String> partners = jointVenture(doc, s, to + 1);
        if (client >= 0 && !partners.isEmpty()) {
            return awardedToVenture(doc, s, tr, partners, doc.id(client), out);
        }
        int holder = TriggerFacts.firstAfter(doc, s, to + 1, Math.min(s.endToken(), to + 3), ORGANIZATION, null);
        if (holder < 0) {
            holder = apposed(doc, s, to + 1);
        }
        if (holder < 0 || client < 0 || doc.id(holder).equals(doc.id(client))) {
            return null;
        }
        out.add(FactType.CONTRACT, doc.id(holder), doc.id(client), Attributes.amount(doc, s, tr.startToken()), null,
                Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
        Fact first = out.last();
        List<String> others = new ArrayList<>();
        NameLists.listAfter(doc, s, holder, Grammar.clauseEnd(doc, tr.startToken(), s), ORGANIZATION, doc.id(client), others);
        for (String other : others) { // "awarded contracts to A and B": each holds one, the sum told for the first
            out.add(FactType.CONTRACT, other, doc.id(client), null, null, first.date(), null, null, first.evidence(), 0.6);
        }
        return first;
    }

    /** "to a small business in Guam, WMEM JV LLC,": the name apposed to a description of the one awarded; or -1. */
    private static int apposed(Doc doc, Sentence s, int from) {
        if (from >= s.endToken() || !(doc.token(from).is("a") || doc.token(from).is("an") || doc.token(from).is("the"))) {
            return -1;
        }
        for (int k = from + 1; k < Math.min(s.endToken() - 1, from + 9); k++) {
            if (Grammar.isComma(doc.token(k))) {
                int m = doc.mentionAt[k + 1];
                return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
            }
            if (!doc.token(k).isWord() && doc.mentionAt[k] < 0) {
                return -1;
            }
        }
        return -1;
    }

    static final Set<String> SUPPLY = WordSet.of("supply", "provide", "deliver", "equip", "build", "support", "serve");

    static final Set<String> CHOOSE = WordSet.of("picked", "picks", "selected", "selects", "chose", "chooses", "chosen",
            "hired", "hires", "tapped", "taps", "commissioned", "engaged", "contracted", "retained", "appointed");

    /**
     * "Aramco picked Samsung for a $9 million contract", "Aramco hired Samsung under a contract": the one chosen holds
     * the contract and the chooser is its client; null when no verb of choosing governs the contract noun.
     */
    static Fact chosen(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int from = Grammar.clauseStart(doc, tr.startToken(), s);
        for (int v = tr.startToken() - 1; v >= Math.max(from, tr.startToken() - 10); v--) {
            if (!CHOOSE.contains(doc.token(v).norm())) {
                continue;
            }
            int holder = TriggerFacts.firstAfter(doc, s, v + 1, tr.startToken(), ORGANIZATION, null);
            int client = Grammar.firstUngoverned(doc, s, from, v, ORGANIZATION, null);
            if (holder < 0 || client < 0 || doc.id(holder).equals(doc.id(client))) {
                return null;
            }
            out.add(FactType.CONTRACT, doc.id(holder), doc.id(client), Attributes.amount(doc, s, tr.startToken()), null,
                    Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
            return out.last();
        }
        return null;
    }

    /**
     * «منحت أرامكو عقدا لشركة X», «أرست أرامكو عقدا على X», «تم ترسية العقد على X من قبل Y»: the one after لـ / على
     * holds the contract; the client is the doer of the verb or the «من قبل» phrase. Only with a contract noun near:
     * «منح» alone also grants licences and prizes.
     */
    private static Fact arabic(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        if (!contractNounAfter(doc, tr, Math.min(end, tr.endToken() + 5))) {
            return null;
        }
        String holder = null;
        int holderAt = -1;
        for (int m : doc.mentionsIn(tr.endToken(), Math.min(end, tr.endToken() + 10))) {
            int before = doc.mention(m).startToken() - 1;
            String cue = Clitics.withoutConjunction(doc.token(before).norm());
            boolean cued = Grammar.isArabicOrgCue(doc.token(before));
            if (cued) {
                before--; // «لشركة X», «على شركة X»
            }
            boolean recipient = Grammar.clitic(doc, doc.mention(m)).endsWith("ل") || (cued && cue.startsWith("ل"))
                    || doc.token(before).is("علي") || doc.token(before).is("الي");
            if (recipient && doc.type(m) == EntityType.ORGANIZATION) {
                holder = doc.id(m);
                holderAt = m;
                break;
            }
        }
        if (holder == null) {
            return null;
        }
        String client = null;
        for (int k = tr.endToken(); k + 1 < end; k++) {
            if (doc.token(k).is("من") && doc.token(k + 1).is("قبل")) {
                client = id(doc, TriggerFacts.firstAfter(doc, s, k + 2, Math.min(end, k + 6), ORGANIZATION, holder));
            }
        }
        if (client == null) {
            int m = TriggerFacts.subjectMention(doc, s, tr, ORGANIZATION);
            client = m >= 0 && m != holderAt ? doc.id(m) : doc.awarder;
        }
        if (client == null || client.equals(holder)) {
            return null;
        }
        out.add(FactType.CONTRACT, holder, client, Attributes.amount(doc, s, tr.startToken()), null,
                Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
        return out.last();
    }

    private static final Set<String> CONTRACT_NOUNS = WordSet.of("عقد", "عقدا", "عقود", "عقدين", "مناقصه", "مشروع", "صفقه");

    private static boolean contractNounAfter(Doc doc, Trigger tr, int to) {
        for (int k = tr.startToken(); k < to; k++) {
            if (CONTRACT_NOUNS.contains(Clitics.bare(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /** A name right at {@code k}, or after an article there: "to Acme", "to the Acme consortium". */
    private static boolean nameOpensAt(Doc doc, Sentence s, int k) {
        if (k < s.endToken() && (doc.token(k).is("the") || doc.token(k).is("a") || doc.token(k).is("an"))) {
            k++;
        }
        return k < s.endToken() && doc.mentionAt[k] >= 0;
    }

    private static String id(Doc doc, int m) {
        return m < 0 ? null : doc.id(m);
    }

    /**
     * "awarding contracts to X", "will award a contract of Tk 50 crore to X": the "to" that names the one awarded, within
     * a few words besides the sum; or -1.
     */
    private static int recipientMarker(Doc doc, Sentence s, Trigger tr) {
        int words = 0;
        for (int k = tr.endToken(); k < s.endToken() && words < 5; k++) {
            if (inMoney(doc, s, k)) {
                continue;
            }
            words++;
            if (doc.mentionAt[k] >= 0) {
                return -1;
            }
            if (doc.token(k).is("to")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "a contract awarded by the Water Authority (WA) to Acme": the "to" right after the agent's name, and an acronym in
     * brackets after it; or -1.
     */
    private static int toAfterAgent(Doc doc, Sentence s, int by) {
        int k = by + 1 < s.endToken() && doc.token(by + 1).is("the") ? by + 2 : by + 1;
        if (k >= s.endToken() || doc.mentionAt[k] < 0) {
            return -1;
        }
        k = doc.mention(doc.mentionAt[k]).endToken();
        if (k + 2 < s.endToken() && doc.token(k).is("(") && doc.token(k + 2).is(")")) {
            k += 3;
        }
        return k < s.endToken() && doc.token(k).is("to") ? k : -1;
    }

    /** Whether token k is inside a sum of money the sentence names. */
    static boolean inMoney(Doc doc, Sentence s, int k) {
        for (var m : doc.money.get(s.index())) {
            if (k >= m.startToken() && k < m.endToken()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CONTRACT_WORDS = WordSet.of("contract", "contracts", "deal", "order", "orders",
            "tender", "tenders", "work", "works", "project");

    /** "award", "awards": a bare form, a verb only when it gives a contract ("won an award" does not). */
    private static boolean bareVerb(Doc doc, Trigger tr) {
        return doc.token(tr.startToken()).is("award") || doc.token(tr.startToken()).is("awards");
    }

    /** "will award a Tk 50 crore contract", "awards the work to": a contract noun a few words after the verb. */
    private static boolean contractAfter(Doc doc, Sentence s, Trigger tr) {
        int words = 0;
        for (int k = tr.endToken(); k < s.endToken() && words < 4; k++) {
            if (inMoney(doc, s, k)) {
                continue;
            }
            if (CONTRACT_WORDS.contains(doc.token(k).norm())) {
                return true;
            }
            words++;
        }
        return false;
    }

    private static final Set<String> NUMBERING = WordSet.of("(", ")", ",", "and", "&");

    /**
     * "to Joint Venture of (1) A and (2) B", "to a joint venture of A and B": the partners of the venture, in order; empty
     * when no venture is named at {@code from}.
     */
    private static List<String> jointVenture(Doc doc, Sentence s, int from) {
        int k = from < s.endToken() && (doc.token(from).is("a") || doc.token(from).is("the")) ? from + 1 : from;
        if (k + 2 >= s.endToken() || !doc.token(k).is("joint") || !doc.token(k + 1).is("venture") || !doc.token(k + 2).is("of")) {
            return List.of();
        }
        List<String> partners = new ArrayList<>();
        for (k = k + 3; k < s.endToken(); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && (doc.type(m) == EntityType.ORGANIZATION || numbered(doc, k))) {
                if (!partners.contains(doc.id(m))) {
                    partners.add(doc.id(m));
                }
                k = doc.mention(m).endToken() - 1;
            } else if (m >= 0 || !(NUMBERING.contains(doc.token(k).norm()) || doc.token(k).script() == Script.NUMBER)) {
                break; // "…, Dhaka, to implement": a place or a word ends the list
            }
        }
        return partners.size() >= 2 ? partners : List.of();
    }

    /** "to a joint venture of A and B": each partner holds the contract. */
    private static Fact awardedToVenture(Doc doc, Sentence s, Trigger tr, List<String> partners, String client, FactCollector out) {
        for (String partner : partners) {
            if (!partner.equals(client)) {
                out.add(FactType.CONTRACT, partner, client, Attributes.amount(doc, s, tr.startToken()), null,
                        Attributes.date(doc, s, tr.startToken(), FactType.CONTRACT), null, null, Attributes.evidence(doc, s), 0.7);
            }
        }
        return out.last();
    }

    /** "(2) Tasnim Builders": a numbered partner is one whatever its name looks like. */
    private static boolean numbered(Doc doc, int k) {
        return k >= 3 && doc.token(k - 1).is(")") && doc.token(k - 2).script() == Script.NUMBER
                && doc.token(k - 3).is("(");
    }
}
