package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Investors, stakes and rounds: who puts money into whom, and which sums are no round. Texts written here. */
class InvestorRulesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static boolean none(Extracted e, FactType type) {
        return e.document().facts().stream().noneMatch(f -> f.type() == type);
    }

    @Test
    void arabicOwnerAfterItsVerbStillStatesTheShare() {
        Extracted ar = x("وتملك مجموعة سوفت بنك اليابانية 12% في شركة Rivet Motors.");
        ar.requireFact(FactType.INVESTMENT, "SoftBank", "Rivet Motors");
        assertTrue(none(ar, FactType.ACQUISITION), ar.describeFacts());
        x("ويملك بنك باركليز البريطاني 8% في شركة Rivet Motors.").requireFact(FactType.INVESTMENT, "Barclays", "Rivet Motors");
    }

    @Test
    void arabicFractionWithoutMinAndALateShareAreStakes() {
        Extracted third = x("وقالت مصادر إن أمازون اشترت ثلث شركة Rivet Motors.");
        third.requireFact(FactType.INVESTMENT, "Amazon", "Rivet Motors");
        assertTrue(none(third, FactType.ACQUISITION), third.describeFacts());
        Extracted late = x("واستحوذت أمازون على حصة جديدة من الأسهم بنسبة 25% في شركة Rivet Motors.");
        late.requireFact(FactType.INVESTMENT, "Amazon", "Rivet Motors");
        assertTrue(none(late, FactType.ACQUISITION), late.describeFacts());
    }

    @Test
    void pronounReceiverAndAListOpenedByLike() {
        Extracted en = x("Nimbus Labs makes chips for drones. It has received investment from firms like Accel, SoftBank "
                + "and the Vision Fund.");
        for (String investor : new String[] {"Accel", "SoftBank", "Vision Fund"}) {
            en.requireFact(FactType.INVESTMENT, investor, "Nimbus Labs");
        }
    }

    @Test
    void arabicRoundWithAPossessiveAndADescribedInvestor() {
        Extracted ar = x("وأعلنت شركة Nimbus Labs عن حصولها على تمويل بقيمة 300 ألف دولار في جولتها التمويلية الأولى "
                + "من المستثمر الملاك ماسايوشي سون.");
        Fact round = ar.requireFact(FactType.FUNDING_ROUND, "Nimbus Labs", null);
        assertEquals(0, new BigDecimal("300000").compareTo(round.amount().value()));
        ar.requireFact(FactType.INVESTMENT, "Masayoshi Son", "Nimbus Labs");
        x("شركة Nimbus Labs تجمع 5 ملايين دولار في جولة جديدة.").requireFact(FactType.FUNDING_ROUND, "Nimbus Labs", null);
    }

    @Test
    void valuationsAndGrantsAreNoRounds() {
        assertTrue(none(x("Nimbus Labs was valued at $9 billion in its latest funding round."), FactType.FUNDING_ROUND));
        assertTrue(none(x("Nimbus Labs secured a $75,000 federal grant to pay for the study."), FactType.FUNDING_ROUND));
        assertTrue(none(x("وبلغت قيمة شركة Nimbus Labs في أحدث جولة تمويل 9 مليارات دولار."), FactType.FUNDING_ROUND));
        x("Nimbus Labs raised $90 million at a valuation of $1 billion.").requireFact(FactType.FUNDING_ROUND, "Nimbus Labs", null);
    }

    @Test
    void aMarkerNamingNoPartyGivesNoFact() {
        Extracted en = x("Demand for Nimbus Labs grew, so Rivet Motors hired engineers to invest in new products.");
        assertTrue(none(en, FactType.INVESTMENT), en.describeFacts());
        x("Nimbus Labs builds drones. Amazon invested $4 billion in the drone-making startup last year.")
                .requireFact(FactType.INVESTMENT, "Amazon", "Nimbus Labs");
    }
}
