package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.numbers.Money;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Orion is buying Kestrel. The deal is worth $300 million.", «استحوذت X على Y. وبلغت قيمة الصفقة 3 مليارات دولار»:
 * news tells a deal's value in a sentence of its own, naming the deal by a definite noun. The sum is the amount of the
 * latest deal told before that sentence, when the noun fits its kind and it has no amount yet.
 */
final class DealValues {
    private static final Set<FactType> ANY_DEAL = EnumSet.of(FactType.ACQUISITION, FactType.INVESTMENT, FactType.CONTRACT);
    private static final Set<FactType> TOLD = EnumSet.of(FactType.ACQUISITION, FactType.INVESTMENT, FactType.CONTRACT,
            FactType.PARTNERSHIP, FactType.FUNDING_ROUND);
    /** Nouns that name a deal told before, by the kinds of deal each may name (definite: "the deal", «الصفقة»). */
    private static final Map<String, Set<FactType>> NOUNS = Map.ofEntries(
            Map.entry("deal", ANY_DEAL), Map.entry("transaction", ANY_DEAL), Map.entry("agreement", ANY_DEAL),
            Map.entry("acquisition", EnumSet.of(FactType.ACQUISITION)), Map.entry("takeover", EnumSet.of(FactType.ACQUISITION)),
            Map.entry("purchase", EnumSet.of(FactType.ACQUISITION)), Map.entry("buyout", EnumSet.of(FactType.ACQUISITION)),
            Map.entry("contract", EnumSet.of(FactType.CONTRACT)), Map.entry("investment", EnumSet.of(FactType.INVESTMENT)),
            Map.entry("round", EnumSet.of(FactType.FUNDING_ROUND)),
            Map.entry("الصفقه", ANY_DEAL), Map.entry("الاتفاقيه", ANY_DEAL), Map.entry("الاتفاق", ANY_DEAL),
            Map.entry("الاستحواذ", EnumSet.of(FactType.ACQUISITION)), Map.entry("العقد", EnumSet.of(FactType.CONTRACT)),
            Map.entry("المذكره", EnumSet.of(FactType.CONTRACT)), Map.entry("الاستثمار", EnumSet.of(FactType.INVESTMENT)),
            Map.entry("الجوله", EnumSet.of(FactType.FUNDING_ROUND)));
    /**
     * Words between an English deal noun and its sum besides the hedges of {@link Prices#HEDGES}: "The deal, valued at",
     * "is worth about", "values Kestrel at".
     */
    private static final Set<String> ENGLISH_LINKS = WordSet.of("is", "was", "be", "will", "would", "has", "had", "been",
            "reportedly", "worth", "valued", "values", "valuing", "at", ",", "up", "to", "total", "totaling", "of");
    /** Words between «قيمة الصفقة» and its sum besides the hedges: «تبلغ», «تقدر بنحو», «إلى». */
    private static final Set<String> ARABIC_LINKS = WordSet.of("تبلغ", "بلغت", "تصل", "وصلت", "الي", "تقدر", "قدرت", "اكثر",
            "من");
    /** How many words an English link may span, a name among them ("values Kestrel Robotics at"). */
    private static final int ENGLISH_REACH = 7;

    private DealValues() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (Money m : doc.money.get(s.index())) {
            Set<FactType> kinds = kindsNamedBefore(doc, s, m.startToken());
            kinds = kinds != null ? kinds : kindsNamedAfter(doc, s, m);
            if (kinds == null) {
                continue;
            }
            Fact deal = latestBefore(s, out);
            if (deal != null && kinds.contains(deal.type()) && deal.amount() == null) {
                for (Fact party : toldWith(deal, out)) {
                    out.add(party.type(), party.subject(), party.object(), new Amount(m.value(), m.currency(), m.text()),
                            null, null, null, null, party.evidence(), party.confidence());
                }
            }
            return;
        }
    }

    /**
     * "A consortium of Orion and Vela won the contract. The contract is worth $80 million.": every party of the latest
     * deal told in its sentence with the same object (the members of one consortium winning one contract) share the
     * one deal's value; those whose value is told already keep theirs. A buyer of two companies ("bought B and C.
     * The deal is worth $50 million") made two deals, and the value is the latest one's.
     */
    private static List<Fact> toldWith(Fact deal, FactCollector out) {
        List<Fact> parties = new ArrayList<>();
        for (Fact f : out.all()) {
            if (f.type() == deal.type() && f.amount() == null && f.evidence() != null
                    && f.evidence().start() == deal.evidence().start() && (f == deal || Objects.equals(f.object(), deal.object()))) {
                parties.add(f);
            }
        }
        return parties;
    }

    /** Words between "the" and the sum naming a deal by its value: "the planned $1bn deal", "the proposed $90m takeover". */
    private static final Set<String> DEAL_ADJECTIVES = WordSet.of("planned", "proposed", "pending", "agreed", "reported",
            "mooted", "rumored", "rumoured", "failed", "aborted", "original");

    /**
     * "The $8 million contract covers …", "Last year the proposed $4 billion merger fell through": a sum between the
     * definite article (and an adjective of the deal's course) and a deal's noun names the deal told before by its value,
     * when the noun is the subject of its clause (no name before the article) and names no parties of its own.
     */
    private static Set<FactType> kindsNamedAfter(Doc doc, Sentence s, Money m) {
        int k = m.startToken() - 1;
        if (k > s.firstToken() && DEAL_ADJECTIVES.contains(doc.token(k).norm())) {
            k--;
        }
        boolean named = k >= s.firstToken() && doc.token(k).is("the") && doc.mentionsIn(s.firstToken(), k).isEmpty();
        return named && m.endToken() < s.endToken() && !doc.token(m.endToken()).capitalized()
                && !ofOtherParties(doc, s, m.endToken() + 1) ? NOUNS.get(doc.token(m.endToken()).norm()) : null;
    }

    /** Prepositions that tie a deal's noun to parties of its own: "the $9 billion deal between A and B", "for A". */
    private static final Set<String> PARTY_PREPOSITIONS = WordSet.of("for", "between", "with", "of", "by");

    /** Whether the deal's noun goes on with a preposition and a named party ("deal for Acme"): another deal than told. */
    private static boolean ofOtherParties(Doc doc, Sentence s, int k) {
        if (k >= s.endToken() || !PARTY_PREPOSITIONS.contains(doc.token(k).norm())) {
            return false;
        }
        int at = k + 1 < s.endToken() && doc.token(k + 1).is("the") ? k + 2 : k + 1;
        return at < s.endToken() && doc.mentionAt[at] >= 0;
    }

    private static final Set<String> AMOUNTING = WordSet.of("البالغ", "البالغه");
    /** «عرض»: the offer a deal was won or bought with, whatever the deal. */
    private static final Set<String> OFFERS = WordSet.of("عرض", "العرض");

    /**
     * «تم منحها المشروع لعرضها البالغ 69 مليون درهم», «تفوق عرض "X" البالغ 3 مليارات دينار», «الصفقة البالغة 2
     * مليار دولار»: the deal or the offer it was made on, a name of its maker between, "amounting to" the sum; null when
     * the sum follows no such words.
     */
    private static Set<FactType> kindsAmountingTo(Doc doc, Sentence s, int k) {
        if (k <= s.firstToken() || !AMOUNTING.contains(doc.token(k).norm())) {
            return null;
        }
        int j = k - 1;
        while (j > s.firstToken() && (doc.mentionAt[j] >= 0 || !doc.token(j).isWord())) {
            j = doc.mentionAt[j] >= 0 ? doc.mention(doc.mentionAt[j]).startToken() - 1 : j - 1; // «عرض "تيكوم"»
        }
        String noun = Clitics.withoutConjunction(doc.token(j).norm());
        if (NOUNS.containsKey(noun)) {
            return NOUNS.get(noun);
        }
        for (String reading : Clitics.readings(doc.token(j).norm())) {
            if (OFFERS.contains(Clitics.withoutPossessive(reading))) {
                return ANY_DEAL;
            }
        }
        return null;
    }

    /** The kinds of deal the definite noun the sum at {@code sum} is the value of may name, or null when there is none. */
    private static Set<FactType> kindsNamedBefore(Doc doc, Sentence s, int sum) {
        int k = sum - 1;
        while (k > s.firstToken() && (Grammar.anyReading(ARABIC_LINKS, doc.token(k))
                || Grammar.anyReading(Prices.HEDGES, doc.token(k)))) {
            k--; // «قيمة الصفقة تبلغ نحو», «بنحو»
        }
        String arabic = Clitics.withoutConjunction(doc.token(k).norm());
        if (NOUNS.containsKey(arabic) && k > s.firstToken() && Clitics.bare(doc.token(k - 1).norm()).equals("قيمه")) {
            return NOUNS.get(arabic); // «وبلغت قيمة الصفقة 3 مليارات دولار»
        }
        Set<FactType> amounting = kindsAmountingTo(doc, s, k);
        if (amounting != null) {
            return amounting;
        }
        k = sum - 1;
        while (k > s.firstToken() && sum - k <= ENGLISH_REACH && (ENGLISH_LINKS.contains(doc.token(k).norm())
                || Prices.HEDGES.contains(doc.token(k).norm()) || doc.mentionAt[k] >= 0)) {
            k--;
        }
        // "the transaction's value at around $40 million": the deal's own value, through its possessive
        int beforeValue = k - 1 > s.firstToken() && doc.token(k - 1).is("'s") ? k - 2 : k - 1;
        if (doc.token(k).is("value") && beforeValue >= s.firstToken() && NOUNS.containsKey(doc.token(beforeValue).norm())) {
            // "the total contract value is around €40 million": the noun before "value" names the deal
            int noun = beforeValue;
            return article(doc, s, noun) >= 0 ? NOUNS.get(doc.token(noun).norm()) : null;
        }
        Set<FactType> kinds = NOUNS.get(doc.token(k).norm());
        boolean worth = false;
        for (int j = k + 1; j < sum; j++) {
            worth |= doc.token(j).is("worth") || doc.token(j).is("valued") || doc.token(j).is("values") || doc.token(j).is("valuing");
        }
        int article = article(doc, s, k);
        // "The value of the offshore contract is": the value named before the deal, as «قيمة الصفقة» names it
        worth |= article - 2 >= s.firstToken() && doc.token(article - 1).is("of") && doc.token(article - 2).is("value");
        return kinds != null && worth && article >= 0 ? kinds : null; // "The deal is worth", "The offshore contract is worth"
    }

    /** Where "the" stands before a noun, past one adjective ("the total contract value"), or -1. */
    private static int article(Doc doc, Sentence s, int noun) {
        for (int j = noun - 1; j >= s.firstToken() && j >= noun - 2; j--) {
            if (doc.token(j).is("the")) {
                return j;
            }
        }
        return -1;
    }

    /** The latest deal or round told in a sentence before {@code s}, or null. */
    private static Fact latestBefore(Sentence s, FactCollector out) {
        Fact latest = null;
        for (Fact f : out.all()) {
            if (TOLD.contains(f.type()) && f.evidence() != null && f.evidence().start() < s.start()
                    && (latest == null || f.evidence().start() >= latest.evidence().start())) {
                latest = f;
            }
        }
        return latest;
    }
}
