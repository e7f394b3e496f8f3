package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.PostNounPhrases;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Facts stated by a trigger word: who did it (subject) and to whom (object), found from the sentence's structure —
 * the doer after an Arabic verb or genitive noun, else the first ungoverned name of the clause, else the doer of the
 * sentence's previous fact; the object after the type's preposition, with lists ("مثل Mercor و Surge") expanded.
 */
final class TriggerFacts {
    private static final Set<String> ARABIC_FILLERS = WordSet.of("قد", "لقد", "بالفعل", "رسميا", "اليوم", "امس", "ايضا");

    /** Honorifics before a doer's name: «ويستثمر الشيخ X 26% في …». */
    private static final Set<String> ARABIC_HONORIFICS = WordSet.of("الشيخ", "الشيخه", "الامير", "الاميره", "سمو",
            "معالي", "الدكتور", "السيد", "السيده");
    /** Words opening an aside between a deal's trigger and its marker: "worth $5m, including VAT, with X". */
    private static final Set<String> ASIDES = WordSet.of("including", "excluding", "plus", "incl");


    private TriggerFacts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        Fact previous = null;
        int awardEnd = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (doc.mentionAt[i] >= 0) {
                continue;
            }
            Trigger tr = doc.trigger(i, s.endToken());
            if (tr == null) {
                tr = Rounds.ledAfterMoney(doc, s, i);
            }
            if (tr == null) {
                tr = Rounds.roundAfterMoney(doc, s, i);
            }
            if (tr != null && tr.deal() && ArabicWonContracts.wonDeal(doc, s, tr)) {
                tr = new Trigger(FactType.CONTRACT, tr.kind(), tr.startToken(), tr.endToken(), true);
            } else if (tr != null && tr.deal()) {
                tr = DealNouns.toldByPurpose(doc, s, tr) ? null : DealNouns.typed(doc, s, tr);
            } else if (tr != null && tr.arabic() && tr.type() == FactType.PARTNERSHIP && DealNouns.toldByPurpose(doc, s, tr)) {
                continue; // «اتفقت X مع Y على الاستحواذ على Z»: agreed on a takeover, which the takeover's trigger tells
            }
            if (tr != null && previous != null && purposeOfPact(doc, tr)) {
                i = tr.endToken() - 1;
                continue; // «… بروتوكولا مع Y للتعاون في …»: what the pact told before is for, between its own parties
            }
            if (tr == null || tr.type() == FactType.LAYOFF || TriggerContext.namePart(doc, s, tr) || TriggerContext.unitName(doc, s, tr)
                    || TriggerContext.kindOfCompany(doc, s, tr) || TriggerContext.kindOfPost(doc, s, tr)
                    || TriggerContext.qualifiesNoun(doc, s, tr) || TriggerContext.foundsInnerBody(doc, s, tr)
                    || TriggerContext.creditKind(doc, s, tr) || TriggerContext.personsContract(doc, s, tr)
                    || TriggerContext.attractedInvestment(doc, s, tr)) {
                continue;
            }
            if (tr.type() == FactType.CONTRACT && tr.arabic() && ArabicContractSenses.noContract(doc, s, i)) {
                continue; // «عقدت X اجتماعا», «منذ أكثر من عقد»: a meeting held, ten years counted
            }
            if (tr.type() == FactType.CONTRACT && !tr.award() && tr.arabic() && tr.startToken() == awardEnd) {
                i = tr.endToken() - 1;
                continue; // «وقعت X وY على ترسية عقود …»: the award's own noun, read with it (X and Y award it together)
            }
            if (tr.type() == FactType.CONTRACT && !tr.award() && !tr.arabic() && awardEnd >= 0
                    && TriggerContext.plainWords(doc, awardEnd, tr.startToken()) && passiveBy(doc, s, tr) >= 0) {
                i = tr.endToken() - 1;
                continue; // "were awarded a $2 billion contract by Y": the award's own noun, whose "by" names the client
            }
            awardEnd = tr.award() ? tr.endToken() : -1;
            Fact made = switch (tr.type()) {
                case EMPLOYMENT_START, EMPLOYMENT_END -> EmploymentFacts.employment(doc, s, tr, out, previous);
                case ROLE -> EmploymentFacts.lead(doc, s, tr, out);
                default -> deal(doc, s, tr, out, previous);
            };
            if (made != null) {
                previous = made;
            }
            i = tr.endToken() - 1;
        }
    }

    /** «حصة», «حصص»: the Arabic stake noun as a deal's own trigger. */
    private static boolean arabicStakeNoun(Doc doc, Trigger tr) {
        return tr.arabic() && tr.type() == FactType.INVESTMENT && Stakes.isStakeWord(doc.token(tr.startToken()));
    }

    /**
     * «سيستحوذ “X” على حصص في …», «واشترت شركة X حصة في …»: the stake a verb of taking takes is the doer's, named right
     * after the verb (in quotes or not), however many names the sentence gave before the verb. Its mention, or -1.
     */
    private static int takerOfStake(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken() - 1;
        if (k > s.firstToken() && doc.token(k).is("علي")) {
            k--; // «على حصص»: the verb's preposition
        }
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && Grammar.isQuote(doc.token(k))) {
            k--;
        }
        int m = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        if (m < 0 || doc.type(m) != EntityType.ORGANIZATION && doc.type(m) != EntityType.PERSON) {
            return -1;
        }
        int v = doc.mention(m).startToken() - 1;
        while (v > s.firstToken() && (Grammar.isQuote(doc.token(v)) || Grammar.isArabicOrgCue(doc.token(v)))) {
            v--; // «شركة “X”»: the cue and the quote opening the doer's name
        }
        Trigger verb = v >= s.firstToken() && doc.mentionAt[v] < 0 ? doc.trigger(v, s.endToken()) : null;
        return verb != null && verb.arabic() && verb.endToken() == v + 1 && TriggerContext.isVerb(doc.token(v))
                && (verb.type() == FactType.ACQUISITION || verb.type() == FactType.INVESTMENT) ? m : -1;
    }

    /** «للتعاون», «للشراكة»: an Arabic partnership noun with the purpose «لل», telling what a pact is for. */
    private static boolean purposeOfPact(Doc doc, Trigger tr) {
        return tr.arabic() && tr.type() == FactType.PARTNERSHIP && doc.token(tr.startToken()).norm().startsWith("لل");
    }

    /** Verbs of issuing an order: its doer is the buyer. */
    private static final Set<String> ISSUING = WordSet.of("اصدرت", "اصدر", "تصدر", "يصدر");
    /** How far before the order's noun its verb may stand, past the doer's name. */
    private static final int ISSUER_REACH = 6;

    /** «أصدرت أرامكو أمر شراء لشركة X»: a verb of issuing before an Arabic contract noun. */
    private static boolean issuedOrder(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.startToken() - 1; tr.arabic() && k >= Math.max(s.firstToken(), tr.startToken() - ISSUER_REACH); k--) {
            if (doc.mentionAt[k] < 0 && ISSUING.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    private static Fact deal(Doc doc, Sentence s, Trigger tr, FactCollector out, Fact previous) {
        ArgumentSpec spec = tr.deal() ? DealNouns.spec(tr.type()) : tr.bid() ? Bids.spec() : ArgumentSpec.of(tr.type());
        if (tr.type() == FactType.PRODUCT_LAUNCH && UnnamedProducts.toPersons(doc, s, tr)) {
            return null; // "the Mac introduced us to personal computing"
        }
        if (Negation.denied(doc, s, tr.startToken())) {
            return null; // "did not acquire X", «لم تستثمر في X»
        }
        if (Deliberations.weighed(doc, s, tr)) {
            return null; // "is mulling a bid for X": not yet an attempt
        }
        if (tr.bid() && !Bids.newOffer(doc, s, tr)) {
            return null; // "offer discounts for …", "said the offer was fair": no new takeover offer
        }
        int[] offered = tr.type() == FactType.ACQUISITION ? Bids.fromBidder(doc, s, tr) : null;
        if (offered != null) { // "Spectris received a takeover bid from Advent"
            out.add(FactType.ACQUISITION, doc.id(offered[0]), doc.id(offered[1]), Attributes.amount(doc, s, tr.startToken()), null,
                    Attributes.date(doc, s, tr.startToken(), FactType.ACQUISITION), null,
                    Attributes.status(doc, s, tr.startToken(), FactType.ACQUISITION), Attributes.evidence(doc, s), 0.8);
            return out.last();
        }
        if (tr.award()) {
            return Awards.award(doc, s, tr, out);
        }
        if (tr.type() == FactType.FOUNDED) {
            Fact byCompany = CompanyFounders.found(doc, s, tr, out);
            if (byCompany != null) {
                return byCompany;
            }
        }
        if (tr.type() == FactType.INVESTMENT && !tr.arabic()) {
            Fact listed = Backers.listed(doc, s, tr, out);
            listed = listed != null ? listed : Backers.counted(doc, s, tr, out);
            if (listed != null) {
                return listed;
            }
        }
        if (tr.type() == FactType.CONTRACT && tr.arabic()) {
            Fact won = ArabicWonContracts.won(doc, s, tr, out);
            if (won != null) {
                return won;
            }
        }
        if (tr.type() == FactType.ACQUISITION && !tr.arabic() && boughtByPeople(doc, s, tr)) {
            return null; // "allows customers to purchase with their phones": shoppers buy, no company is bought
        }
        if (tr.type() == FactType.ACQUISITION && !tr.arabic() && postTakenOver(doc, s, tr)) {
            return null; // "had taken over the top role": a post taken, no company bought
        }
        if (tr.type() == FactType.CONTRACT && !tr.arabic() && ToldClients.tenderCalled(doc, s, tr)) {
            return null; // "Port Authority opens a tender for two berths": bids invited, no contract held
        }
        if (tr.type() == FactType.CONTRACT && !tr.arabic()) {
            Fact chosen = Awards.chosen(doc, s, tr, out);
            if (chosen == null) {
                chosen = Awards.contractTo(doc, s, tr, out);
            }
            if (chosen != null) {
                return chosen;
            }
        }
        if (tr.type() == FactType.PARTNERSHIP && JointFacts.dualNear(doc, s, tr.startToken())) {
            return null; // "the two firms started collaborating": the pair of the deal told before (JointFacts)
        }
        if (tr.type() == FactType.PARTNERSHIP && tr.arabic() && tr.marked() && TriggerContext.stakeAgreement(doc, s)) {
            return null; // «وقعت X الاتفاقية مع Y لشراء حصة من أسهمها»: the purchase, told by its own trigger
        }
        int between = tr.type() == FactType.PARTNERSHIP ? PairedPartners.firstBetween(doc, s, tr) : -1;
        if (between >= 0) {
            // "the partnership between A and B": the pair, whoever the sentence's doer is; no other parties, even when
            // the list names no second one the text makes known
            return PairedPartners.between(doc, s, tr, between, out);
        }
        if (tr.arabic() && ArabicRelatives.objectNoun(doc.token(tr.startToken())) && ArabicRelatives.sharesNext(doc, s, tr)) {
            return null; // «من خلال شرائها أسهما»: buying shares is how a stake told elsewhere is taken, not a takeover
        }
        FactType type = tr.type();
        if (type == FactType.INVESTMENT && TriggerContext.framingTold(doc, s, tr)) {
            return null; // «سيشغل مقعدا في مجلس إدارتها في إطار الاستثمار الجديد»: the investment told, framing another act
        }
        if (type == FactType.ACQUISITION && TriggerContext.ownersStakeBought(doc, s, tr)) {
            return null; // "will buy Acme's 40% stake in X": Acme sells; the stake noun tells the buyer's share of X
        }
        if (type == FactType.ACQUISITION && TriggerContext.sharesBought(doc, s, tr)) {
            if (!TriggerContext.sharesOfNamed(doc, s, tr)) {
                return null; // "had been buying up shares in recent weeks": how a stake told elsewhere is taken
            }
            type = FactType.INVESTMENT; // "bought shares of X": a stake in X, not X itself
        }
        Stakes.Size stake = tr.hold() || type == FactType.ACQUISITION ? Stakes.afterTrigger(doc, s, tr) : Stakes.Size.NONE;
        if (tr.hold()) {
            if (stake == Stakes.Size.NONE) {
                return null; // "owns 5% of X" states a share; "the shares it owns" does not
            }
            type = stake == Stakes.Size.MAJORITY ? FactType.ACQUISITION : FactType.INVESTMENT;
            spec = ArgumentSpec.of(FactType.ACQUISITION);
        } else if (stake == Stakes.Size.MINORITY) {
            type = FactType.INVESTMENT; // "الاستحواذ على 15% من", "a minority stake in": a share, not the company
        } else if (type == FactType.INVESTMENT && Stakes.isStakeWord(doc.token(tr.startToken()))) {
            if (tr.arabic() && StakeOwners.takenInClause(doc, s, tr.startToken())
                    && (StakeOwners.owner(doc, s, tr.startToken()) >= 0 || StakeOwners.company(doc, s, tr.startToken()) >= 0)) {
                // «الاستحواذ على حصة X في Y»: X sells its stake; «استحوذت X على حصص شركة Y»: Y is the company the stake is
                // in; either way the verb of taking tells the buyer's
                return null;
            }
            if (Stakes.soldBefore(doc, s, tr.startToken())) {
                return StakeSales.soldTo(doc, s, tr, out); // "بيع حصة", "sold a stake" names the seller, not an investor
            }
            if (Stakes.around(doc, s, tr.startToken()) == Stakes.Size.MAJORITY) {
                type = FactType.ACQUISITION; // "took a majority stake in X", «حصة أغلبية في X»: control of the company
            }
        }
        if (type == FactType.FUNDING_ROUND && tr.arabic() && ArabicRoundInvestors.toldRound(doc, s, tr.startToken())) {
            return null; // «وقادت الجولة التمويلية شركة X»: the round told before, named for its investors
        }
        if (type == FactType.FUNDING_ROUND && BackedRounds.told(doc, s, tr, out)) {
            return null; // "A led a $7m series A round with B": the round of the company the text is about
        }
        if (type == FactType.FUNDING_ROUND && Rounds.joinedByOthers(doc, s, tr)) {
            return null; // "A and B participated in the funding round": its investors, told by Participants
        }
        if (type == FactType.FUNDING_ROUND && Rounds.toldSumFrom(doc, s, tr)) {
            return Rounds.investorsOfToldRound(doc, s, tr, out); // "has raised this capital from A, B and C"
        }
        int byAt = type == FactType.FUNDING_ROUND ? -1 : passiveBy(doc, s, tr);
        if (byAt < 0 && type == FactType.CONTRACT && !tr.arabic()) {
            byAt = ToldClients.winnerBy(doc, s, tr); // "A contract for X was won by Y"
        }
        if (tr.passiveOnly() && byAt < 0 && !personFoundsCompany(doc, s, tr)) {
            return null; // "started selling", "set up a meeting", "Acme set up a unit"
        }
        if (type == FactType.INVESTMENT && BackedRounds.roundObject(doc, s, tr)) {
            return null; // "backed a $2.5m series A round alongside B": the round's company is invested in
        }
        if (type == FactType.INVESTMENT && Rounds.coInvestors(doc, s, tr)) {
            return null; // "led the round, investing alongside B and C": B and C invest with it, not in what they are named with
        }
        if (type == FactType.INVESTMENT && byAt < 0 && DealParties.received(doc, s, tr) >= 0) {
            return Rounds.receivedFrom(doc, s, tr, out, previous);
        }
        String subject;
        // «حصلت X على تمويل من قبل Y»: the one named after «من قبل» a round is its investor, not its owner
        int subjectMention = tr.arabic() && type != FactType.FUNDING_ROUND ? DealParties.arabicAgent(doc, s, tr, spec.subject()) : -1;
        String lead = subjectMention < 0 && byAt < 0 ? DealParties.describedLead(doc, s, tr) : null;
        if (subjectMention >= 0) {
            subject = doc.id(subjectMention); // «تم الاستحواذ على X من قبل Y»: the object stays after its marker
        } else if (lead != null) {
            subject = lead; // «أعلنت شركة تكنولوجيا هندية أنها جمعت …»: the company the next sentence names
        } else if (byAt >= 0) {
            subjectMention = firstAfter(doc, s, byAt + 1, Math.min(s.endToken(), byAt + 8), spec.subject(), null);
            int described = subjectMention < 0 || tr.arabic() ? -1 : NameLists.described(doc, subjectMention, s.endToken());
            if (described >= 0 && spec.subject().contains(doc.type(described))) {
                subjectMention = described; // "backed by Airbnb co-founder Nate Blecharczyk": the company only describes the agent
            }
            int possessed = subjectMention < 0 || tr.arabic() ? -1 : possessedAfter(doc, s, subjectMention);
            if (possessed >= 0 && spec.subject().contains(doc.type(possessed))) {
                subjectMention = possessed; // "acquired by Jack Ma’s Ant Group": the owner only describes the agent
            }
            if (subjectMention < 0 && !tr.arabic() && spec.subject().contains(EntityType.PERSON) && byAt + 1 < s.endToken()
                    && doc.mentionAt[byAt + 1] < 0 && AGENT_PRONOUNS.contains(doc.token(byAt + 1).norm())) {
                subjectMention = PersonPronouns.antecedent(doc, s, byAt + 1); // "a company founded by him in 2003"
            }
            subject = subjectMention < 0 ? null : doc.id(subjectMention);
        } else if (previous != null && previous.type() == FactType.ACQUISITION && DealParties.included(doc, s, tr)) {
            subject = previous.subject(); // «لتستحوذ الأخيرة على X، بما في ذلك حصة أغلبية في Y»: a part of that takeover
        } else {
            subjectMention = type == FactType.FUNDING_ROUND ? Rounds.owner(doc, s, tr) : ArabicRelatives.doerAfterPronoun(doc, s, tr, spec.subject());
            if (subjectMention < 0) {
                subjectMention = DealParties.latter(doc, s, tr, spec.subject()); // «لتستحوذ الأخيرة على X»
            }
            if (subjectMention < 0 && type == FactType.FUNDING_ROUND && Rounds.toldBefore(doc, s, tr)) {
                return null; // "The small seed round is part of a trend": the round told before, no new one
            }
            if (subjectMention < 0 && tr.arabic()) {
                subjectMention = ArabicPermissions.permitted(doc, s, tr, spec.subject()); // «أعطت A الضوء الأخضر لـ B»
            }
            if (subjectMention < 0) {
                subjectMention = Bids.possessor(doc, s, tr, spec.subject());
                if (subjectMention >= 0 && TriggerContext.stakeSoldByOwner(doc, s, tr, subjectMention)) {
                    subjectMention = -1; // "Talvora will buy Orrin's 65 percent stake in X": the buyer, told before, takes it
                }
            }
            if (subjectMention < 0 && arabicStakeNoun(doc, tr)) {
                subjectMention = takerOfStake(doc, s, tr);
            }
            if (subjectMention < 0) {
                subjectMention = subjectMention(doc, s, tr, spec.subject());
            }
            if (subjectMention < 0) {
                subjectMention = DealParties.frontedClauseDoer(doc, s, tr, spec.subject()); // "Since launching X, Y has …"
            }
            if (subjectMention >= 0 && !tr.arabic() && DealParties.afterTie(doc, s, subjectMention) >= 0) {
                return null; // "Acme's parent agreed to buy X": the doer has no name
            }
            String spokenFor = subjectMention >= 0 && spec.subject().contains(EntityType.ORGANIZATION)
                    ? DealParties.companySpokenFor(doc, s, tr, subjectMention) : null;
            if (subjectMention < 0 && tr.bid()) {
                return null; // "the offer for X": no bidder named
            }
            if (subjectMention < 0 && tr.arabic() && ArabicRelatives.antecedent(doc, s, tr.startToken()) == ArabicRelatives.UNNAMED) {
                return null; // the doer is what the relative hangs on, and it is no name
            }
            int pronoun = subjectMention < 0 && !tr.arabic() && spec.subject().contains(EntityType.PERSON)
                    ? PersonPronouns.before(doc, s, tr.startToken()) : -1;
            if (pronoun >= 0) {
                subjectMention = PersonPronouns.antecedent(doc, s, pronoun); // "She had co-founded the company in 2019"
                if (subjectMention < 0) {
                    return null; // "he" after two people: the doer is not told
                }
            }
            String reporter = subjectMention < 0 ? DealParties.reporterAnaphor(doc, s, tr) : null;
            if (subjectMention < 0 && reporter == null) {
                subjectMention = DealParties.outsideClause(doc, s, tr, spec.subject());
            }
            subject = spokenFor != null ? spokenFor : subjectMention >= 0 ? doc.id(subjectMention)
                    : reporter != null ? reporter : fallbackSubject(doc, s, tr, previous);
            if (subject == null) {
                subject = governedBefore(doc, s, tr, spec.subject());
            }
            if (subject == null && tr.arabic() && TriggerContext.isVerb(doc.token(tr.startToken())) && TriggerContext.objectNext(doc, s, tr)) {
                // «أعلنت جوجل عن صفقة؛ إذ استحوذت على …»: a verb with no named doer keeps the main clause's doer
                subject = DealParties.mainClauseDoer(doc, s, tr, spec.subject(), null);
                if (subject == null && spec.subject().contains(EntityType.ORGANIZATION)) {
                    subject = DealParties.mainClauseAnaphor(doc, s, tr);
                }
                if (subject == null && TriggerContext.afterSubordinator(doc, s, tr)) {
                    // «وثاني أكبر الصفقات كان عام 2011، عندما استحوذت على X»: the dropped doer is the company told of
                    subject = Anaphora.resolve(doc, tr.startToken());
                }
            }
            if (subject == null && tr.arabic() && TriggerContext.isVerb(doc.token(tr.startToken()))) {
                subject = Anaphora.droppedSubject(doc, s, tr); // «… وأطلقت تطبيق X»: the company the sentence before told of
            }
        }
        int owner = tr.arabic() && subject != null ? DealParties.owner(doc, s, tr, subject) : -1;
        if (owner == DealParties.UNNAMED_OWNER) {
            return null; // «مالك جوجل ينهي محادثات الاستحواذ»: the doer is an owner the sentence does not name
        }
        if (owner >= 0) {
            subjectMention = owner;
            subject = doc.id(owner);
        }
        if (type == FactType.INVESTMENT && !tr.arabic() && tr.marked() && subjectMention >= 0 && byAt < 0
                && !Backers.linked(doc, subjectMention, tr)) {
            return null; // "A offered investors in X $10 a share": A is not said to be one
        }
        if (type == FactType.ACQUISITION && byAt < 0 && subjectMention >= 0 && doc.type(subjectMention) == EntityType.PERSON
                && TriggerContext.determinedNoun(doc, s, tr)) {
            return null; // "Roe led the acquisition", "oversaw the purchase of X": an executive runs the deal he does not make
        }
        // "Element AI, in which Microsoft took a stake": the doer follows "which", the object is what it hangs on
        int[] relative = byAt < 0 && !tr.arabic() ? DealParties.prepositionalRelative(doc, s, tr, spec) : null;
        int antecedent = relative == null ? -1 : relative[0];
        if (relative != null) {
            subjectMention = relative[1];
            subject = doc.id(subjectMention);
        }
        if (subject == null && type == FactType.CONTRACT && !tr.arabic()) {
            Fact granted = ToldClients.grantedIncluding(doc, s, tr, out); // "Seven firms were granted the contracts, including A"
            return granted != null ? granted : ToldClients.signedWith(doc, s, tr, out); // "These contracts were signed with A, B and C"
        }
        if (subject == null || (type == FactType.INVESTMENT && tr.arabic() && previous != null
                && previous.type() == FactType.FUNDING_ROUND && previous.subject().equals(subject))) {
            return null; // «جمعت X ... استثمارات بقيمة»: the noun names what the round raised, not another deal
        }
        if (type == FactType.FUNDING_ROUND && tr.arabic() && subjectMention >= 0 && Rounds.investorInIt(doc, s, subjectMention)) {
            return null; // «استثمار صندوق X يأتي في إطار جولة تمويلية بدأتها Y»: X invests in Y's round
        }
        boolean round = type == FactType.FUNDING_ROUND && (Rounds.moneyRightAfter(doc, s, tr) || DealParties.namesRound(doc, s, tr)
                || !tr.arabic() && Rounds.undisclosedSum(doc, s, tr));
        List<String> objects = new ArrayList<>();
        if (antecedent >= 0) {
            objects.add(doc.id(antecedent));
        } else if (!spec.object().isEmpty()) {
            objects = objects(doc, s, tr, spec, subject, byAt, previous);
            int target = objects.isEmpty() && tr.bid() && subjectMention >= 0 ? Bids.answeredBy(doc, s, tr, subjectMention, spec) : -1;
            if (target >= 0) {
                objects.add(doc.id(target));
            }
            String later = objects.isEmpty() && type == FactType.PRODUCT_LAUNCH ? UnnamedProducts.namedLater(doc, s, tr) : null;
            if (later != null) {
                objects.add(later); // "unveiled its new headset … the Vision Pro headset"
            }
            if (objects.isEmpty()) {
                if (type == FactType.CONTRACT && !tr.arabic() && byAt < 0) {
                    Awards.remember(doc, s, tr, subject);
                    String client = Awards.earlierClient(doc, out);
                    if (client != null && !client.equals(subject) && !Awards.publicBody(doc, subject)) {
                        objects.add(client); // "Acme secured two contracts": from the body that signed the ones told before
                    }
                }
                String wonFrom = type == FactType.CONTRACT && !tr.arabic() && ToldClients.wonBy(doc, tr, byAt)
                        ? ToldClients.client(doc, out) : null;
                if (wonFrom != null && !wonFrom.equals(subject)) {
                    objects.add(wonFrom); // "… three contracts. A contract for signalling was won by Varnex."
                }
                if (objects.isEmpty() && type == FactType.CONTRACT && !tr.arabic()) {
                    ToldClients.remember(doc, s, tr, subject, byAt); // "The Ministry of Health signed five contracts."
                }
                if (objects.isEmpty()) {
                    return null;
                }
            }
        } else if (type == FactType.FUNDING_ROUND && (!round || Rounds.notARaise(doc, s, tr))) {
            if ((!round || Rounds.sumOfRounds(doc, s, tr)) && Rounds.fromInvestors(doc, s, tr)) {
                // «جمعت رأس مال من مستثمرين من بينهم X», "raised money from investors including X": no round, but X invested
                Rounds.investorsOfRound(doc, s, tr, subject, out);
            }
            return null;
        } else {
            objects.add(null);
        }
        int ownStake = tr.arabic() && (type == FactType.ACQUISITION || type == FactType.INVESTMENT) && objects.size() == 1
                && objects.get(0) != null ? StakeOwners.stakeAfter(doc, s, tr) : -1;
        int seller = ownStake < 0 ? -1 : StakeOwners.owner(doc, s, ownStake);
        if (seller >= 0 && doc.id(seller).equals(objects.get(0))) {
            // «اشترت X حصة سوفت بنك في Y»: the stake's owner sells; the buyer takes a share of Y
            objects = List.of(doc.id(StakeOwners.heldIn(doc, s, seller)));
            // «على كامل حصة X البالغة 24% في Y»: the size set beside the seller is the share of Y; «كامل» is all of X's
            Stakes.Size stated = Stakes.after(doc, s, Grammar.pastQuotes(doc, s, doc.mention(seller).endToken()));
            stake = stated == Stakes.Size.MINORITY || stated == Stakes.Size.MAJORITY ? stated
                    : Stakes.around(doc, s, ownStake) == Stakes.Size.MAJORITY ? Stakes.Size.MAJORITY : Stakes.Size.MINORITY;
            type = stake == Stakes.Size.MAJORITY ? FactType.ACQUISITION : FactType.INVESTMENT;
        }
        Amount amount = !spec.amount() ? null
                : type == FactType.FUNDING_ROUND ? Attributes.raised(doc, s, tr.startToken()) : Attributes.amount(doc, s, tr.startToken());
        if (type == FactType.FUNDING_ROUND && !Rounds.moneyRightAfter(doc, s, tr)
                && !(DealParties.namesRound(doc, s, tr) && Rounds.moneyNamedAsValue(doc, s, tr))) {
            amount = null; // "raised a round of financing from X": a round without its size
        }
        if (type == FactType.ACQUISITION && TriggerContext.runningTakenOver(doc, s, tr, subjectMention, byAt, amount, objects)) {
            type = FactType.EMPLOYMENT_START;
        }
        String status = Attributes.status(doc, s, tr.startToken(), type);
        var date = Attributes.date(doc, s, tr.startToken(), type);
        double confidence = subjectMention >= 0 ? 0.8 : 0.6;
        if (type == FactType.CONTRACT && objects.size() == 1 && objects.get(0) != null
                && (Awards.publicBody(doc, subject) && !Awards.publicBody(doc, objects.get(0)) || issuedOrder(doc, s, tr))) {
            // "the Navy gave a contract with Acme", «وقعت الوزارة عقدا مع شركة X»: the public body is the client, and so
            // is the company issuing an order («أصدرت أرامكو أمر شراء لشركة X»)
            String holder = objects.get(0);
            objects = List.of(subject);
            subject = holder;
        } else if (type == FactType.CONTRACT && objects.size() > 1 && Awards.publicBody(doc, subject)
                && objects.stream().allMatch(o -> o != null && !Awards.publicBody(doc, o))) {
            // «وقعت الوزارة عقودا مع شركات منها X وY»: each company holds one, the public body the client of all
            for (String holder : objects) {
                out.add(type, holder, subject, null, null, date, null, status, Attributes.evidence(doc, s), confidence);
            }
            return out.last();
        }
        if (type == FactType.ACQUISITION && Bids.receivedFromUnnamed(doc, s, tr)) {
            return null;
        }
        if (type == FactType.ACQUISITION && objects.size() == 1 && objects.get(0) != null) {
            String[] parties = Bids.received(doc, s, tr, subject, objects.get(0)); // «تلقت X عرضا للاستحواذ عليها من Y»
            subject = parties[0];
            objects = List.of(parties[1]);
        }
        Fact made = null;
        for (String object : objects) {
            if (object != null && out.has(type, object, subject)) {
                // the same deal read backwards (a partnership told again from the other side): it stays as first read,
                // and what this telling adds (a day within the month a headline fell back on, a sum) fills it in
                out.add(type, object, subject, objects.size() == 1 ? amount : null, null, date, null, status,
                        Attributes.evidence(doc, s), confidence);
                made = out.get(type, object, subject);
                continue;
            }
            FactType factType = type;
            if (object != null && stake == Stakes.Size.STAKE && type == FactType.ACQUISITION && TriggerContext.stakeOnly(doc, tr, object)) {
                if (!TriggerContext.stakeInObject(doc, s, tr, object)) {
                    continue; // a stake (an INVESTMENT) rather than the company, told by the stake's own trigger
                }
                factType = FactType.INVESTMENT; // «استحوذت X على حصص شركة Y»: a stake in Y
            }
            if (object != null && type == FactType.INVESTMENT && Awards.government(doc, object)) {
                continue; // «وقعت X عقدا مع حكومة السنغال … باستثمارات تصل إلى»: no one invests in a government
            }
            out.add(factType, subject, object, objects.size() == 1 ? amount : null, null, date, null, status,
                    Attributes.evidence(doc, s), confidence);
            made = out.last();
        }
        if (byAt < 0 && subjectMention >= 0 && made != null && !tr.arabic()
                && (type == FactType.INVESTMENT || type == FactType.ACQUISITION || type == FactType.FOUNDED
                || type == FactType.CONTRACT || type == FactType.PARTNERSHIP && !objects.isEmpty())) {
            // "A and B acquired a stake in C", "A and B co-founded C", "A and B won contracts from C", "A and B signed
            // a memorandum of understanding with C"
            TriggerContext.coBuyers(doc, s, tr, type, subject, objects, date, status, out);
        }
        if (byAt < 0 && made != null && type == FactType.INVESTMENT) {
            CoInvestors.after(doc, s, tr, subject, objects, date, out); // "invested in Acme alongside A and B"
        }
        if (byAt < 0 && made != null && type == FactType.FOUNDED) {
            TriggerContext.coFounders(doc, s, tr, subject, objects, date, out); // "co-founded Acme with Tom Reyes"
        }
        if (byAt < 0 && subjectMention >= 0 && made != null && tr.arabic() && LISTED_DOERS.contains(type)
                && doc.id(subjectMention).equals(subject)) {
            // «وقعت كل من A وB مذكرة تفاهم مع X», «استثمرت شركتا A وB في X»: each doer of the list makes the deal
            for (int co : ArabicSubjectLists.others(doc, s, tr, subjectMention, spec.subject())) {
                for (String object : objects) {
                    if (object != null && !object.equals(doc.id(co)) && !out.has(type, doc.id(co), object)) {
                        out.add(type, doc.id(co), object, null, null, date, null, status, Attributes.evidence(doc, s), confidence);
                    }
                }
            }
        }
        if (byAt < 0 && subjectMention >= 0 && made != null && tr.arabic() && type == FactType.FOUNDED) {
            for (int co : Movers.coordinatedDoers(doc, s, tr, subjectMention)) { // «أسس A وB شركة X»
                for (String object : objects) {
                    out.add(type, doc.id(co), object, null, null, date, null, status, Attributes.evidence(doc, s), confidence);
                }
            }
        }
        if (byAt >= 0 && subjectMention >= 0 && made != null && (type == FactType.INVESTMENT || type == FactType.ACQUISITION
                || type == FactType.FOUNDED)) {
            TriggerContext.coAgents(doc, s, tr, type, spec, subjectMention, objects, date, status, out); // "backed by A, B and C", "founded by A and B"
        }
        if (type == FactType.FUNDING_ROUND && made != null) {
            Rounds.investorsOfRound(doc, s, tr, subject, out);
        }
        return made;
    }

    /** The Arabic deals a list of doers after the verb makes together, each member a party. */
    private static final Set<FactType> LISTED_DOERS = Set.of(FactType.INVESTMENT, FactType.ACQUISITION, FactType.PARTNERSHIP,
            FactType.CONTRACT);

    /** Participles whose "by" names who served or ruled on a deal, not a party to it: "a deal advised by X". */
    private static final Set<String> SERVED_BY = WordSet.of("advised", "brokered", "arranged", "facilitated", "handled",
            "counselled", "counseled", "structured", "approved", "cleared", "blocked", "reviewed");

    /** Words between a founder's name and the verb: "Roe had set up Acme", "Roe also started Acme". */
    private static final Set<String> FOUNDER_AUXILIARIES = WordSet.of("has", "had", "have", "also", "first", "jointly", "later");

    /**
     * "Jane Roe set up Acme in 2015", "Roe started Acme": a common verb of founding in the active tells a founding when
     * a person named right before it does it to a company named right after it ("Acme set up a unit", "Roe started
     * her career at Acme" tell none).
     */
    private static boolean personFoundsCompany(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic() || tr.endToken() >= s.endToken()) {
            return false;
        }
        int k = tr.startToken() - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && FOUNDER_AUXILIARIES.contains(doc.token(k).norm())) {
            k--;
        }
        int doer = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        int founded = doc.mentionAt[tr.endToken()];
        return doer >= 0 && doc.type(doer) == EntityType.PERSON && founded >= 0
                && doc.type(founded) == EntityType.ORGANIZATION;
    }

    /** A person named before, as the agent of a passive: "founded by him". */
    private static final Set<String> AGENT_PRONOUNS = WordSet.of("him", "her");

    /** The token index of "by" right after a passive trigger ("acquired by", "to be acquired by"), or -1. */
    static int passiveBy(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            return byHandOf(doc, s, tr);
        }
        for (int k = tr.endToken(), reach = tr.endToken() + 3; k < Math.min(s.endToken(), reach); k++) {
            if (doc.token(k).is("by")) {
                return k;
            }
            if (doc.mentionAt[k] >= 0 || SERVED_BY.contains(doc.token(k).norm())) {
                break;
            }
            if (Awards.inMoney(doc, s, k)) {
                reach++; // "contracts worth Rs 39,125 crore by the Ministry": the sum does not count against the reach
            }
        }
        int placed = byAfterPlaceAndYear(doc, s, tr);
        if (placed >= 0) {
            return placed;
        }
        int of = OfObjects.mention(doc, s, tr);
        int after = of < 0 ? -1 : OfObjects.end(doc, s, of);
        return after >= 0 && after < s.endToken() && doc.token(after).is("by") ? after : -1; // "the takeover of X by Y"
    }

    /** How far «على يد» may follow the verb, past its year and the backers it names: «بدعم من A وB وC وغيرهم،». */
    private static final int HAND_REACH = 18;
    /** «على يد», «على أيدي»: "at the hand(s) of", the agent of an Arabic passive of founding. */
    private static final Set<String> HANDS = WordSet.of("يد", "ايدي");

    /**
     * «تأسست الشركة عام 1995 على يد فلان»: the token «يد» of «على يد» in the trigger's clause, playing the part of
     * "by" (the agent follows it), or -1.
     */
    private static int byHandOf(Doc doc, Sentence s, Trigger tr) {
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        for (int k = tr.endToken(); k + 2 < end && k < tr.endToken() + HAND_REACH; k++) {
            if (doc.token(k).is("علي") && HANDS.contains(doc.token(k + 1).norm())) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * "Founded in Scotland in 2015 by A", "set up in Lagos by B": the "by" after phrases of where and when, which
     * name neither party.
     */
    private static int byAfterPlaceAndYear(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            return -1;
        }
        int k = tr.endToken();
        while (k < Math.min(s.endToken(), tr.endToken() + 10)) {
            Token t = doc.token(k);
            int m = doc.mentionAt[k];
            if (t.is("by")) {
                return k > tr.endToken() ? k : -1;
            }
            if (m >= 0 && doc.type(m) == EntityType.LOCATION && k > tr.endToken() && doc.token(k - 1).is("in")) {
                k = doc.mention(m).endToken();
            } else if (m < 0 && (t.is("in") || t.is("back") || t.script() == Script.NUMBER)) {
                k++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** How many small words may stand between the possessed doer and the trigger: "has agreed to buy". */
    private static final int VERB_REACH = 4;
    /** How many small words may describe the possessed company: "Kestrel Bank's insurance unit Baltic Re". */
    private static final int OWNED_DESCRIPTION = 3;

    /**
     * "Kestrel Bank's Baltic Re acquired", "Walt Disney's ESPN signed": the company the possessor owns, named before the
     * trigger at {@code trigger}, is the doer; the possessor only says whose it is. -1 when the trigger right after the
     * name is no verb ("Microsoft's OpenAI investment" is the owner's).
     */
    private static int possessedDoer(Doc doc, Sentence s, int possessor, int trigger) {
        int k = doc.mention(possessor).endToken();
        if (k >= trigger || !doc.token(k).is("'s")) {
            return -1;
        }
        k++;
        int words = 0;
        while (k < trigger && doc.mentionAt[k] < 0 && words++ < OWNED_DESCRIPTION && doc.token(k).script() == Script.LATIN
                && !doc.token(k).capitalized()) {
            k++;
        }
        if (k >= trigger || doc.mentionAt[k] < 0) {
            return -1;
        }
        int owned = doc.mentionAt[k];
        int v = doc.mention(owned).endToken();
        while (v < trigger && v - doc.mention(owned).endToken() < VERB_REACH && doc.mentionAt[v] < 0
                && doc.token(v).script() == Script.LATIN && !doc.token(v).capitalized()
                && (doc.token(v).is("to") || !Grammar.isPreposition(doc.token(v)))) {
            v++; // "has agreed to buy", "signed a partnership"
        }
        boolean verbBetween = v > doc.mention(owned).endToken();
        return v == trigger && (verbBetween || doc.token(trigger).norm().endsWith("ed")) ? owned : -1;
    }

    /** The doer named by the sentence: after an Arabic trigger, else the first ungoverned name of the clause. */
    static int subjectMention(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        if (tr.arabic()) {
            int before = nameRightBefore(doc, s, tr.startToken());
            if (before >= 0 && types.contains(doc.type(before)) && !Grammar.governed(doc, before, s)) {
                return before; // «وكانت أمازون قد اشترت شركة X», «أمازون تشتري X»: the doer stands before its verb
            }
            if (ArabicRelatives.objectNoun(doc.token(tr.startToken()))) {
                return -1; // «عن شراء X», «عرضا لشراء X»: the name after this noun is what is bought, the doer is the clause's
            }
            int k = tr.endToken();
            // a person doer may stand after a description: "أسس رجل الأعمال المصري نجيب ساويرس"
            boolean person = types.contains(EntityType.PERSON) && !types.contains(EntityType.ORGANIZATION);
            int window = person ? 5 : 3;
            if (!person && board(doc, s, k)) {
                k += 2; // «عيّن مجلس إدارة شركة X …»: a company's board acts for the company
            }
            k = ArabicSubjectLists.pastOpeners(doc, k, s.endToken()); // «استثمرت كل من شركة A وشركة B في X»
            window += k - tr.endToken();
            while (k < s.endToken() && k < tr.endToken() + window && doc.mentionAt[k] < 0
                    && (Grammar.isQuote(doc.token(k)) || ARABIC_FILLERS.contains(Clitics.bare(doc.token(k).norm()))
                    || Grammar.isArabicOrgCue(doc.token(k)) || ARABIC_HONORIFICS.contains(Clitics.withoutConjunction(doc.token(k).norm()))
                    || (person && doc.token(k).isWord() && (!Grammar.isPreposition(doc.token(k)) || Grammar.eachOf(doc, k, s))))) {
                k++; // «أسس الشركة كل من A وB»: the object, then "each of" opening the doers
            }
            if (k < s.endToken() && doc.mentionAt[k] >= 0) {
                int m = doc.mentionAt[k];
                if (types.contains(doc.type(m)) && !Grammar.governed(doc, m, s)) {
                    return m;
                }
            }
            int antecedent = ArabicRelatives.antecedent(doc, s, tr.startToken());
            if (antecedent == ArabicRelatives.UNNAMED || antecedent >= 0 && types.contains(doc.type(antecedent))) {
                return antecedent < 0 ? -1 : antecedent; // «بعد X وY اللذين اشتركا في تأسيس الشركة»: the name the relative hangs on
            }
        }
        int from = Grammar.clauseStart(doc, tr.startToken(), s);
        for (int m : doc.mentionsIn(from, tr.startToken())) {
            int described = tr.arabic() || !types.contains(EntityType.PERSON) ? -1 : NameLists.described(doc, m, tr.startToken());
            if (described >= 0 && types.contains(doc.type(described)) && doc.mentionsIn(doc.mention(described).endToken(),
                    tr.startToken()).stream().noneMatch(o -> types.contains(doc.type(o)))) {
                return described; // "Twitter founder Jack Dorsey invested": the company only describes the doer
            }
            if (!tr.arabic() && DealParties.afterParticiple(doc, s, m) >= 0) {
                continue; // "Nvidia-backed Lumora raised": the investor only describes the doer named after it
            }
            if (types.contains(doc.type(m)) && !Grammar.governed(doc, m, s) && !source(doc, m, s)) {
                int owned = tr.arabic() ? -1 : possessedDoer(doc, s, m, tr.startToken());
                return owned >= 0 && types.contains(doc.type(owned)) ? owned : m;
            }
        }
        return -1;
    }

    /** «مجلس إدارة» at {@code k}: a board, which acts for the company named after it. */
    private static boolean board(Doc doc, Sentence s, int k) {
        return k + 2 < s.endToken() && Clitics.withoutConjunction(doc.token(k).norm()).equals("مجلس")
                && doc.token(k + 1).norm().equals("اداره");
    }

    /** «وبحسب تقرير نشرته صحيفة X، …», «وفقا لوكالة X، …»: Arabic openers of the source a sentence reports from. */
    private static final Set<String> ARABIC_ACCORDING = WordSet.of("بحسب", "حسب", "وفقا", "طبقا", "نقلا");

    /** Verbs of telling whose object is the outlet told, not the doer of what it is told: "told Reuters it signed". */
    private static final Set<String> TOLD = WordSet.of("told", "tells", "tell", "informed");

    /**
     * "According to Reuters, X raised …", «وبحسب تقرير نشرته صحيفة X، …», "The vendor told Mobile World Live it signed …": the source opening the sentence,
     * or the outlet told, is no party to what it reports.
     */
    private static boolean source(Doc doc, int m, Sentence s) {
        int before = doc.mention(m).startToken() - 1;
        if (before > s.firstToken() && doc.token(before).is("the")) {
            before--;
        }
        if (before >= s.firstToken() && TOLD.contains(doc.token(before).norm())) {
            return true;
        }
        if (!doc.token(s.firstToken()).is("according")) {
            return doc.mention(m).startToken() < afterSource(doc, s); // «وبحسب صحيفة X، …»
        }
        for (int k = s.firstToken(); k < doc.mention(m).startToken(); k++) {
            if (Grammar.isComma(doc.token(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * «وبحسب تقرير نشرته صحيفة X، أكد … أنه تم …», "According to Reuters, …": the first token after the source phrase the
     * sentence opens with (its first comma), or the sentence's first token when it opens with none.
     */
    static int afterSource(Doc doc, Sentence s) {
        Token first = doc.token(s.firstToken());
        if (!first.is("according") && !Clitics.in(ARABIC_ACCORDING, first.norm())) {
            return s.firstToken();
        }
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (Grammar.isComma(doc.token(k))) {
                return outletIn(doc, s.firstToken() + 1, k) ? k + 1 : s.firstToken();
            }
        }
        return s.firstToken();
    }

    /** Nouns an outlet is named after: «صحيفة X», «وكالة X», «موقع X». */
    private static final Set<String> OUTLET_NOUNS = WordSet.of("صحيفه", "جريده", "مجله", "وكاله", "موقع", "قناه",
            "newspaper", "agency", "site", "website");

    /**
     * Whether an outlet is named between {@code from} and {@code to}: a source reports what follows («وبحسب صحيفة X»),
     * where a company's own filing is its act («وبحسب وثائق قدمتها X لهيئة …، تم تسريح …»).
     */
    private static boolean outletIn(Doc doc, int from, int to) {
        Set<String> outlets = null;
        for (int m : doc.mentionsIn(from, to)) {
            int before = doc.mention(m).startToken() - 1;
            while (before >= from && Grammar.isQuote(doc.token(before))) {
                before--;
            }
            outlets = outlets != null ? outlets : NonEmployers.nonParties(doc); // not a regulator a filing went to
            if (outlets.contains(doc.id(m)) || OUTLET_NOUNS.contains(Clitics.bare(doc.token(doc.mention(m).startToken()).norm()))
                    || before >= from && OUTLET_NOUNS.contains(Clitics.bare(doc.token(before).norm()))) { // «صحيفة “X”»
                return true;
            }
        }
        return false;
    }

    /** The mention ending right before token i, past fillers («أمازون قد اشترت») and quotes; or -1. */
    private static int nameRightBefore(Doc doc, Sentence s, int i) {
        int k = i - 1;
        while (k >= s.firstToken() && doc.mentionAt[k] < 0
                && (Grammar.isQuote(doc.token(k)) || ARABIC_FILLERS.contains(Clitics.bare(doc.token(k).norm())))) {
            k--;
        }
        return k >= s.firstToken() ? doc.mentionAt[k] : -1;
    }

    /** "the company …", "الشركة": an anaphor in the clause; else the doer of the sentence's previous fact. */
    static String fallbackSubject(Doc doc, Sentence s, Trigger tr, Fact previous) {
        int from = Grammar.clauseStart(doc, tr.startToken(), s);
        String pronoun = previous == null ? Anaphora.subjectPronoun(doc, s, from) : null;
        if (pronoun != null) {
            return pronoun;
        }
        for (int k = from; k < Math.min(s.endToken(), tr.endToken() + 3); k++) {
            if (k >= tr.startToken() && k < tr.endToken()) {
                continue;
            }
            if (Anaphora.length(doc, k, s) > 0) {
                return previous != null ? previous.subject() : Anaphora.resolve(doc, k);
            }
        }
        return previous != null ? previous.subject() : null;
    }

    private static String governedBefore(Doc doc, Sentence s, Trigger tr, Set<EntityType> types) {
        List<Integer> before = doc.mentionsIn(Grammar.clauseStart(doc, tr.startToken(), s), tr.startToken());
        for (int k = before.size() - 1; k >= 0; k--) {
            if (types.contains(doc.type(before.get(k)))) {
                return doc.id(before.get(k));
            }
        }
        return null;
    }

    /**
     * Whether the name at token {@code name} after an Arabic verb of buying is its seller: «من» right before it, and
     * right after the verb or its doer («اشترت (شركة أوبر) من X»), or after a verb that carries what it bought
     * («اشترتها أوبر من X»).
     */
    private static boolean soldBy(Doc doc, Trigger tr, int name) {
        int from = name - 1;
        if (from < tr.endToken() || !doc.token(from).is("من")) {
            return false;
        }
        Token verb = doc.token(tr.startToken());
        int doer = doc.mentionAt[from - 1];
        boolean afterDoer = doer >= 0 && doc.mention(doer).startToken() <= tr.endToken() + 1 && TriggerContext.isVerb(verb);
        return from == tr.endToken() || afterDoer || TriggerContext.isVerb(verb) && verb.norm().endsWith("ها");
    }

    /** People who buy as customers do: "lets users buy airtime", "allows shoppers to purchase". */
    private static final Set<String> BUYING_PEOPLE = WordSet.of("customers", "users", "consumers", "shoppers", "clients",
            "people", "buyers", "subscribers", "merchants", "residents", "travellers", "travelers", "passengers", "drivers",
            "farmers", "traders", "retailers", "patients", "students");

    /**
     * "allows customers to purchase", "lets users buy": a verb of buying whose doer is a plural of people right before it
     * (and its "to") tells of shopping, not of a company bought.
     */
    private static boolean boughtByPeople(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken() - 1;
        if (k > s.firstToken() && doc.token(k).is("to")) {
            k--;
        }
        return k >= s.firstToken() && doc.mentionAt[k] < 0 && BUYING_PEOPLE.contains(doc.token(k).norm());
    }

    /** Words of a post taken over besides the post nouns: "took over the helm", "taken over the reins". */
    private static final Set<String> HELMS = WordSet.of("helm", "reins", "leadership", "chairmanship", "presidency");
    /** How many words may stand between "take over" and the post: "the top role", "his new job", "the CEO position". */
    private static final int POST_WORDS = 4;

    /**
     * "had taken over the top role", "took over the helm", "took over as CEO": what is taken over is a post, not a
     * company — a post noun within a few words of "over" and no name before it, or "as" right after.
     */
    private static boolean postTakenOver(Doc doc, Sentence s, Trigger tr) {
        if (!doc.token(tr.endToken() - 1).is("over")) {
            return false;
        }
        int k = tr.endToken();
        if (k < s.endToken() && doc.token(k).is("as")) {
            return true;
        }
        for (; k < Math.min(s.endToken(), tr.endToken() + POST_WORDS); k++) {
            String n = doc.token(k).norm();
            if (doc.mentionAt[k] >= 0 || !doc.token(k).isWord()) {
                return false;
            }
            if (PostNounPhrases.POST_NOUNS.contains(n) || HELMS.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Pronouns of people right after a verb: its object is a person ("backed him"), or a person's ("her plan"). */
    private static final Set<String> PERSON_OBJECTS = WordSet.of("him", "her", "them", "me", "us", "his", "their",
            "my", "our");
    /** Words that open an object phrase naming no one: "acquire new customers", "bought a house", "buy more land". */
    private static final Set<String> UNNAMED_OBJECTS = WordSet.of("a", "an", "some", "several", "more", "new",
            "additional", "many", "further", "most");
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥");
    /** How many words of the phrase are looked at for a sum: "a further £25 million". */
    private static final int SUM_REACH = 3;

    /**
     * Whether an object phrase naming no one opens at {@code k}: "new customers", "a house"; not a sum ("invested a
     * further £25 million" names what was invested, and the company it went to may stand before the verb).
     */
    private static boolean unnamedObject(Doc doc, int k, int end) {
        if (!UNNAMED_OBJECTS.contains(doc.token(k).norm())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(end, k + 1 + SUM_REACH); j++) {
            Token t = doc.token(j);
            if (t.script() == Script.NUMBER || CURRENCY_SIGNS.contains(t.surface()) || doc.mentionAt[j] >= 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> objects(Doc doc, Sentence s, Trigger tr, ArgumentSpec spec, String subject, int byAt,
                                        Fact previous) {
        List<String> out = new ArrayList<>();
        int end = Grammar.clauseEnd(doc, tr.startToken(), s);
        if (byAt >= 0 && tr.arabic()) {
            // «تأسست شركة X عام 1995 على يد فلان», «تأسست الشركة على يد فلان»: the verb's subject, a name or the
            // company's anaphor, stands between it and the agent, before any name the phrases after it bring: «تأسس
            // الصندوق عام 2011، بدعم من A وB، على يد فلان» founded the fund, not A
            for (int k = tr.endToken(); k < byAt; k++) {
                int m = doc.mentionAt[k];
                if (m >= 0 && spec.object().contains(doc.type(m)) && !doc.id(m).equals(subject)) {
                    out.add(doc.id(m));
                    return out;
                }
                if (m < 0 && Anaphora.length(doc, k, s) > 0) {
                    String anaphor = Anaphora.resolve(doc, k, subject);
                    if (anaphor != null) {
                        out.add(anaphor);
                    }
                    return out;
                }
            }
        }
        if (byAt >= 0) {
            int agent = firstAfter(doc, s, byAt + 1, Math.min(end, byAt + 8), spec.subject(), null);
            int afterAgent = agent < 0 ? end : doc.mention(agent).endToken();
            if (afterAgent < end && doc.token(afterAgent).is("of")) {
                // "the acquisition by Adobe of Figma": the object follows the agent, and nothing else is it
                int o = firstAfter(doc, s, afterAgent + 1, Math.min(end, afterAgent + 4), spec.object(), subject);
                if (o >= 0) {
                    out.add(doc.id(o));
                }
                return out;
            }
            int of = OfObjects.mention(doc, s, tr);
            if (of >= 0 && OfObjects.end(doc, s, of) == byAt) {
                if (spec.object().contains(doc.type(of)) && !doc.id(of).equals(subject)) {
                    out.add(doc.id(of)); // "the takeover of X by Y"
                }
                return out;
            }
            String nearest = nearestObjectBefore(doc, s, tr, spec, subject);
            if (nearest != null) {
                out.add(nearest);
                return out;
            }
            for (int k = s.firstToken(); k < tr.startToken(); k++) {
                if (Anaphora.length(doc, k, s) > 0) {
                    String o = Anaphora.resolve(doc, k, subject); // "The company was founded by X"
                    if (o != null) {
                        out.add(o);
                    }
                    return out;
                }
            }
            String pronoun = Anaphora.passivePronoun(doc, s, tr);
            if (pronoun != null && !pronoun.equals(subject)) {
                out.add(pronoun); // "Quartzline makes sensors. It was acquired by Tessor in 2021."
                return out;
            }
            String fronted = FrontedFounders.mainSubject(doc, s, tr, byAt, spec, subject);
            if (fronted != null) {
                out.add(fronted); // "Founded in 2014 by X, Acme trains …"
            }
            return out;
        }
        if (ArabicRelatives.doerAfterPronoun(doc, s, tr, spec.subject()) >= 0) {
            String antecedent = nearestObjectBefore(doc, s, tr, spec, subject); // «منصة X استحوذت عليها أمازون»
            return antecedent == null ? out : new ArrayList<>(List.of(antecedent));
        }
        int start = tr.endToken();
        int window = tr.endToken() + 8;
        int pastDoer = tr.endToken(); // an Arabic verb's doer after it does not count against the object's reach
        for (int k = tr.endToken(); k < Math.min(end, window); k++) {
            Token t = doc.token(k);
            if (Awards.inMoney(doc, s, k) || (t.is("(") || t.is(")")) && k + 1 < end && Awards.inMoney(doc, s, t.is("(") ? k + 1 : k - 1)) {
                window++; // "contracts valued at CNY15.7 billion ($2.2 billion) from X": a sum does not count against the reach
            }
            if (doc.mentionAt[k] >= 0 && tr.arabic() && doerAfterVerb(doc, tr, k) && doc.id(doc.mentionAt[k]).equals(subject)) {
                // «استحوذت آبل مع شركات أخرى على …», «استحوذت شركة "X" الإماراتية، على …»: past the doer
                EntityType doerKind = doc.type(doc.mentionAt[k]);
                // past the quote closing the doer's name: «شركة «X» السعودية»
                k = Math.min(end, Grammar.pastQuotes(doc, s, doc.mention(doc.mentionAt[k]).endToken())) - 1;
                window = Math.max(window, k + 7);
                if (k + 1 < end && doc.mentionAt[k + 1] >= 0 && doc.type(doc.mentionAt[k + 1]) == EntityType.LOCATION
                        && doc.mention(doc.mentionAt[k + 1]).endToken() == k + 2) {
                    k++; // «مجموعة زيلو السعودية»: the doer's nationality adjective
                }
                // «كشفت X (Latin)، اليوم، عن»: its Latin name, whose opening bracket the quotes above may have been read past
                k = Grammar.pastTimeOrBracket(doc.tokens, doc.token(k).is("(") ? k : k + 1, end) - 1;
                int aside = Grammar.afterAside(doc, s, k + 1, 10);
                if (aside > k + 1) {
                    k = aside - 1; // «ويستثمر الشيخ X، مستشار الأمن الوطني، 26% في Y»: the doer's title between commas
                    window = Math.max(window, k + 7);
                }
                int listed = ArabicSubjectLists.pastCoDoers(doc, k + 1, end, doerKind);
                if (listed > k + 1) {
                    window = Math.max(window, listed + 6);
                    k = listed - 1; // «استحوذت أرامكو وسابك على X»: the doers listed with it are no object
                }
                pastDoer = k + 1;
                continue;
            }
            if (doc.mentionAt[k] >= 0 && k > tr.endToken() && ASIDES.contains(doc.token(k - 1).norm())) {
                k = doc.mention(doc.mentionAt[k]).endToken() - 1;
                window = Math.max(window, k + 4);
                continue; // "a contract worth $5m, including tax, with X": the aside names no party
            }
            if (doc.mentionAt[k] >= 0) {
                break;
            }
            if (k > tr.endToken() && ASIDES.contains(t.norm()) && Grammar.isComma(doc.token(k - 1))) {
                window = Math.max(window, k + 6); // "worth $5m, including taxes, with X"
            }
            if (Clitics.in(spec.markers(), t.norm())) {
                if (TriggerContext.concurrentWith(doc, s, k)) {
                    return out; // «اتفاق يأتي بالتزامن مع زيارة …», «تماشيا مع رؤية …»: no party follows
                }
                start = k + 1;
                break;
            }
        }
        if ((tr.marked() || TriggerContext.partnershipSubjectOrRole(doc, s, tr) || arabicStakeNoun(doc, tr)) && start == tr.endToken()) {
            // «وإلى جانب حصة البنك، سيستحوذ X على …»: a stake names what it is in after its «في»; without it the name
            // after the clause is the next deal's
            if (tr.type() == FactType.PARTNERSHIP) {
                out.addAll(PairedPartners.coordinated(doc, s, tr, subject)); // "A and B signed an MoU": each other's
            }
            return out; // "signed an agreement", "this alliance will help X": no partner without its "with"
        }
        if (tr.type() == FactType.ACQUISITION) {
            int owner = AcquiredParts.owner(doc, s, start, end, subject);
            if (owner >= 0) {
                out.add(doc.id(owner));
                return out;
            }
        }
        if (tr.type() == FactType.PRODUCT_LAUNCH && !tr.arabic() && tr.startToken() > s.firstToken()
                && Grammar.PASSIVE_AUXILIARIES.contains(doc.token(tr.startToken() - 1).norm()) && !doc.token(tr.startToken()).norm().endsWith("ing")) {
            // "its first phone to be launched since it turned its X line into a brand": what was launched stands before
            // ("is launching X" is no passive)
            return out;
        }
        if (tr.type() == FactType.PRODUCT_LAUNCH && !tr.arabic()) {
            List<String> listed = ListedLaunches.after(doc, s, tr, subject);
            if (!listed.isEmpty()) {
                return listed; // "launched three phones: the X, the Y and the Z"
            }
        }
        if (start > tr.endToken() && !tr.arabic() && DealParties.ownedByPlace(doc, start, end)) {
            return out; // "won contracts from China's three major operators": the parties have no names
        }
        int first = firstAfter(doc, s, start, end, spec.object(), subject);
        int participle = first >= 0 && !tr.arabic() ? DealParties.afterParticiple(doc, s, first) : -1;
        if (participle >= 0) {
            int described = participle < s.endToken() ? doc.mentionAt[participle] : -1;
            first = described >= 0 && spec.object().contains(doc.type(described)) && !doc.id(described).equals(subject)
                    ? described : -1; // "bought Nasdaq-listed Kelvo": the exchange only describes the company bought
        }
        if (first >= 0 && tr.arabic() && DealParties.arabicTied(doc, s, first)) {
            return out; // «على أكبر منافسي شركة X»: the company dealt with has no name
        }
        int tied = first >= 0 && !tr.arabic() ? DealParties.afterTie(doc, s, first) : -1;
        if (tied >= 0) {
            int named = tied < end ? doc.mentionAt[tied] : -1;
            if (named >= 0 && spec.object().contains(doc.type(named)) && !doc.id(named).equals(subject)) {
                out.add(doc.id(named)); // "bought Cerner's main rival Epicor"
            }
            return out; // "bought Cerner's largest competitor": the party bought has no name
        }
        if (first >= 0 && tr.type() == FactType.PRODUCT_LAUNCH && !tr.arabic() && platform(doc, s, first)) {
            first = -1; // "released apps for Android": the product they run on, not the one launched
        }
        if (first >= 0 && tr.type() == FactType.ACQUISITION && !tr.arabic() && doc.mention(first).startToken() > start
                && doc.token(doc.mention(first).startToken() - 1).is("from")) {
            return out; // "bought the plant in 2006 from X": X sold what was bought, and that has no name
        }
        if (first >= 0 && tr.type() == FactType.ACQUISITION && tr.arabic() && DealParties.model(doc, s, first)) {
            return out; // «شراء 40 طائرة من طراز X»: units of a model are bought, not a company
        }
        if (first >= 0 && tr.type() == FactType.ACQUISITION && tr.arabic() && soldBy(doc, tr, doc.mention(first).startToken())) {
            return out; // «اشترتها (أوبر) من X», «اشترت من X»: X sold what was bought
        }
        boolean contract = tr.type() == FactType.CONTRACT;
        if (contract && first >= 0 && start == tr.endToken() && DealParties.purposeBetween(doc, start, doc.mention(first).startToken())) {
            first = -1; // "a contract to support the X system": X is what the work is about, not a party
        }
        if (first >= 0 && withinReach(doc, Math.max(start, pastDoer), doc.mention(first).startToken())
                && !newClauseBetween(doc, start, doc.mention(first).startToken())) {
            if (tr.type() == FactType.ACQUISITION && DealParties.isSeller(doc, first)) {
                String target = DealParties.targetAfterSeller(doc, s, first, end, spec.object(), subject);
                if (target != null) {
                    out.add(target);
                }
                return out; // "الأسهم التي تملكها A في B": A sells, B is bought
            }
            out.add(doc.id(first));
            NameLists.listAfter(doc, s, first, end, spec.object(), subject, out);
            return out;
        }
        for (int k = start; k < Math.min(end, start + 4); k++) {
            if (Anaphora.length(doc, k, s) > 0 && (start > tr.endToken() || !tr.arabic() || !spec.subject().contains(EntityType.ORGANIZATION))) {
                // after an Arabic noun the anaphor is its doer (استحواذ البنك على …), not its object; a person's doing
                // has an organization for object only («أسس فلان الشركة»)
                String o = previous != null && previous.object() != null && !previous.object().equals(subject)
                        ? previous.object() : DealParties.mainClauseDoer(doc, s, tr, spec.object(), subject);
                if (o == null) {
                    o = Anaphora.resolve(doc, k, subject);
                }
                if (o != null) {
                    out.add(o);
                }
                return out;
            }
        }
        if (start > tr.endToken() && !startsDate(doc, s, start)) {
            return out; // "to invest in new products": the marker names no party, and none stands before it
        }
        if (contract && doc.awarder != null) {
            if (!doc.awarder.equals(subject)) {
                out.add(doc.awarder); // the body that awarded the contracts the text lists
            }
            return out;
        }
        if (ArabicRelatives.onNoun(doc, s, tr) || ArabicRelatives.commonNounNext(doc, s, tr)) {
            // «الخدمات التي اشترتها X», «لشراء أراضي»: what was bought is the noun the relative hangs on or the one
            // after, not a name before it
            return out;
        }
        if (!tr.arabic() && Stakes.isStakeWord(doc.token(tr.startToken()))) {
            return out; // "disclosed the stake sizes": a stake names what it is in after its "in", never before
        }
        if (tr.type() == FactType.PRODUCT_LAUNCH && !tr.arabic() && tr.startToken() > s.firstToken()
                && LAUNCH_NOUN_OPENERS.contains(doc.token(tr.startToken() - 1).norm())) {
            return out; // "Cook said during the product launch": the event, not a launch of the product named before
        }
        if (!tr.arabic() && tr.endToken() < end && (PERSON_OBJECTS.contains(doc.token(tr.endToken()).norm())
                || unnamedObject(doc, tr.endToken(), end))) {
            // "the board backed him", "would acquire new customers": the verb's object is there, unnamed, and no
            // name before the verb is it
            return out;
        }
        String nearest = nearestObjectBefore(doc, s, tr, spec, subject);
        if (nearest == null && tr.arabic() && !spec.subject().contains(EntityType.ORGANIZATION)
                && TriggerContext.isVerb(doc.token(tr.startToken())) && doc.token(tr.startToken()).norm().endsWith("ها")) {
            nearest = Anaphora.previousDoer(doc, s); // «وقد أسسها فلان عام 1995»: the company the sentence before told of
        }
        if (nearest != null && !nearest.equals(subject)) {
            out.add(nearest);
        }
        return out;
    }

    /**
     * Whether the first name after a trigger's object marker is near enough to be its object: eight words, or a few
     * words past a list opener within them ("stakes in well known names such as German carmaker Daimler"), or within
     * twice that when the words before the opener count the companies it lists («حصص في أربع شركات أخرى مدرجة في
     * البورصة، بما في ذلك شركة X»).
     */
    private static boolean withinReach(Doc doc, int start, int name) {
        if (name - start <= 8) {
            return true;
        }
        for (int k = name - 1; k >= name - 4; k--) {
            if (NameLists.opensList(doc, k)) {
                return k - start <= 8 || k - start <= 16 && pluralOfBodies(doc, start, k);
            }
        }
        return false;
    }

    /** «شركات», «بنوك», "companies": the plural noun of the bodies a list opener goes on to name. */
    private static final Set<String> PLURAL_BODIES = WordSet.of("شركات", "بنوك", "مصارف", "companies", "firms", "banks",
            "startups", "lenders");

    private static boolean pluralOfBodies(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PLURAL_BODIES.contains(Clitics.bare(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LAUNCH_NOUN_OPENERS = WordSet.of("the", "a", "its", "their", "product", "this", "that");

    private static final Set<String> PLATFORM_MARKERS = WordSet.of("for", "on", "with", "to", "from", "against", "than");

    private static boolean platform(Doc doc, Sentence s, int m) {
        int before = doc.mention(m).startToken() - 1;
        return before >= s.firstToken() && PLATFORM_MARKERS.contains(doc.token(before).norm());
    }

    private static final Set<String> CLAUSE_LINKS = WordSet.of("and", "but", "while", "whereas", "as");

    /** "to invest in startups, and Sequoia has …": a name past ", and" opens another clause, it is no object. */
    private static boolean newClauseBetween(Doc doc, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (Grammar.isSemicolon(doc.token(k)) || Grammar.isComma(doc.token(k)) && CLAUSE_LINKS.contains(doc.token(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention at k is the first name after the verb (past a cue noun and quotes at most). */
    private static boolean doerAfterVerb(Doc doc, Trigger tr, int k) {
        for (int j = ArabicSubjectLists.pastOpeners(doc, tr.endToken(), k); j < k; j++) {
            if (!Grammar.isQuote(doc.token(j)) && !Grammar.isArabicOrgCue(doc.token(j)) && !(j == tr.endToken() && k == j + 1)) {
                return false;
            }
        }
        return true;
    }

    /** "in June", «في يونيو»: the marker opens a date, not the phrase naming the party. */
    private static boolean startsDate(Doc doc, Sentence s, int k) {
        for (var d : doc.dates.get(s.index())) {
            if (d.startToken() <= k && k < d.endToken() || d.startToken() == k + 1) {
                return true;
            }
        }
        return false;
    }

    /** The closest mention before the trigger that can fill the object role ("X was acquired by Y"), or null. */
    private static String nearestObjectBefore(Doc doc, Sentence s, Trigger tr, ArgumentSpec spec, String subject) {
        List<Integer> before = doc.mentionsIn(Grammar.afterDateline(doc, s), tr.startToken());
        for (int k = before.size() - 1; k >= 0; k--) {
            int m = before.get(k);
            if (spec.object().contains(doc.type(m)) && !doc.id(m).equals(subject)) {
                return doc.id(m);
            }
        }
        return null;
    }

    /** The organization named right after mention {@code m} and its "'s" ("Jack Ma’s Ant Group"), or -1. */
    private static int possessedAfter(Doc doc, Sentence s, int m) {
        int k = doc.mention(m).endToken();
        if (k + 1 >= s.endToken() || !doc.token(k).is("'s")) {
            return -1;
        }
        int owned = doc.mentionAt[k + 1];
        return owned >= 0 && doc.mention(owned).startToken() == k + 1 && doc.type(owned) == EntityType.ORGANIZATION ? owned : -1;
    }

    /** «مدرجة في», "listed on": the exchange named after them is where shares trade, no party of the deal. */
    private static final Set<String> LISTED = WordSet.of("مدرجه", "المدرجه", "مدرج", "المدرج", "listed");
    private static final Set<String> LISTED_ON = WordSet.of("في", "ب", "on", "in");

    /** First mention of an allowed type in tokens [from, to), not the subject nor an exchange shares are listed on; or -1. */
    static int firstAfter(Doc doc, Sentence s, int from, int to, Set<EntityType> types, String subject) {
        for (int m : doc.mentionsIn(from, to)) {
            int start = doc.mention(m).startToken();
            if (start - 2 >= s.firstToken() && LISTED_ON.contains(doc.token(start - 1).norm())
                    && LISTED.contains(Clitics.withoutConjunction(doc.token(start - 2).norm()))) {
                continue; // «حصص في شركات مدرجة في بورصة X»: the venue, not the company invested in
            }
            if (types.contains(doc.type(m)) && !doc.id(m).equals(subject)) {
                return m;
            }
        }
        return -1;
    }

}
