package dev.khabar.core.facts;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.entities.ResolvedEntities;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.numbers.Money;
import dev.khabar.core.numbers.Quantity;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Runs the fact finders over each sentence: deals and moves by trigger, then titles, layoffs and places. */
public final class FactFinder {
    /** Facts a news outlet is never party to: it reports deals rather than makes them. */
    private static final Set<FactType> OUTLET_FREE = EnumSet.of(FactType.ACQUISITION, FactType.INVESTMENT,
            FactType.PARTNERSHIP, FactType.CONTRACT, FactType.FUNDING_ROUND);

    private FactFinder() {
    }

    private static boolean hasArabic(Doc doc, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (doc.token(i).script() == Script.ARABIC) {
                return true;
            }
        }
        return false;
    }

    public static List<Fact> find(String text, List<Token> tokens, List<Sentence> sentences, ResolvedEntities entities,
                                  LocalDate published, List<List<Money>> money, List<List<Quantity>> counts,
                                  List<List<DateMention>> dates) {
        Doc doc = new Doc(text, tokens, sentences, entities, published, money, counts, dates);
        FactCollector out = new FactCollector();
        for (Sentence s : sentences) {
            TriggerFacts.find(doc, s, out);
            Sales.find(doc, s, out);
            Participants.find(doc, s, out);
            ChosenSuppliers.find(doc, s, out);
            PurposedAgreements.find(doc, s, out);
            if (!hasArabic(doc, s)) {
                EnglishAdvisers.find(doc, s, out);
                EnglishSuppliers.find(doc, s, out);
                SupplierNouns.find(doc, s, out);
                EnglishOrders.find(doc, s, out);
            }
            Portfolios.find(doc, s, out);
            JointFacts.find(doc, s, out);
            RoleFacts.find(doc, s, out);
            PastEmployers.find(doc, s, out);
            YearsAtEmployers.find(doc, s, out);
            LayoffFacts.find(doc, s, out);
            LayoffLists.find(doc, s, out);
            AppointmentLists.find(doc, s, out);
            LocationFacts.find(doc, s, out);
            if (hasArabic(doc, s)) { // the finders of Arabic constructions only: an English sentence would pay their scans
                ArabicBacking.find(doc, s, out);
                ArabicSales.find(doc, s, out);
                ArabicAdvisers.find(doc, s, out);
                ArabicOrders.find(doc, s, out);
                ArabicWorkAgreements.find(doc, s, out);
                ArabicAgentlessContracts.find(doc, s, out);
                ArabicContractSeries.find(doc, s, out);
                ArabicElidedContracts.find(doc, s, out);
                ArabicFoldings.find(doc, s, out);
                ArabicFoundingContributors.find(doc, s, out);
                ArabicBoardMembers.find(doc, s, out);
                TenureLines.find(doc, s, out);
                SignatoryPartners.find(doc, s, out); // after RoleFacts: a signer's title names the party
                Shareholders.find(doc, s, out);
                MinisterPosts.find(doc, s, out);
            }
        }
        for (Sentence s : sentences) {
            Prices.find(doc, s, out); // a price may be told before or after the acquisition it is paid in
            DealValues.find(doc, s, out);
            PostsTakenUp.find(doc, s, out);
            Movers.handover(doc, s, out);
            if (hasArabic(doc, s)) {
                ArabicRoundInvestors.find(doc, s, out); // «وقادت الجولة X»: the round may be told anywhere in the story
            }
        }
        PostsTakenUp.handedOver(doc, out);
        Consortia.share(doc, out);
        out.withoutParties(OUTLET_FREE, NonEmployers.nonParties(doc));
        return out.numbered(published);
    }
}
