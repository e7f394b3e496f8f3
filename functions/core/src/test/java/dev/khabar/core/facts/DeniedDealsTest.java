package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A deal the sentence denies happened is no fact; "not only" affirms it. Texts written here. */
class DeniedDealsTest {
    @Test
    void didNotAcquire() {
        Extracted en = Extracted.of("Marlow Group did not acquire Tessel, its spokesperson said.", "2025-05-05");
        assertTrue(en.fact(FactType.ACQUISITION, "Marlow Group", "Tessel").isEmpty(), en.describeFacts());
    }

    @Test
    void hasNotYetInvestedAndNeverBought() {
        Extracted en = Extracted.of("Marlow Group has not yet invested in Tessel. Orvane never bought Kestrix.", "2025-05-05");
        assertTrue(en.document().facts().isEmpty(), en.describeFacts());
    }

    @Test
    void arabicParticlesDenyTheVerbAfterThem() {
        Extracted ar = Extracted.of("لم تستثمر شركة مارلو في شركة تيسل حتى الآن. ولن تستحوذ شركة أورفان على شركة كيستركس.",
                "2025-05-05");
        assertTrue(ar.document().facts().isEmpty(), ar.describeFacts());
    }

    @Test
    void notOnlyAndAnAsideAffirmTheDeal() {
        Extracted.of("Marlow Group not only acquired Tessel but also hired its founders.", "2025-05-05")
                .requireFact(FactType.ACQUISITION, "Marlow Group", "Tessel");
        Extracted.of("Marlow Group, which did not disclose terms, acquired Tessel.", "2025-05-05")
                .requireFact(FactType.ACQUISITION, "Marlow Group", "Tessel");
    }

    @Test
    void arabicPresentNegationDeniesAStake() {
        Extracted ar = Extracted.of("لا تمتلك شركة نوران القابضة أي حصة في شركة سحاب للطيران، بحسب بيانها.", "2025-05-05");
        assertTrue(ar.fact(FactType.INVESTMENT, "نوران القابضة", "سحاب للطيران").isEmpty(), ar.describeFacts());
    }

    @Test
    void arabicDeniedLayoffIsNoLayoff() {
        Extracted ar = Extracted.of("ولم تسرح شركة فجر للإعلام أي موظف هذا العام. ولن تسرح شركة رابية للتأمين 80 عاملا.",
                "2025-05-05");
        assertTrue(ar.document().facts().stream().noneMatch(f -> f.type() == FactType.LAYOFF), ar.describeFacts());
    }

    @Test
    void arabicAffirmedStakeAndLayoffStay() {
        Extracted.of("تمتلك شركة نوران القابضة حصة تبلغ 35% في شركة سهيل للتقنية.", "2025-05-05")
                .requireFact(FactType.INVESTMENT, "نوران القابضة", "سهيل للتقنية");
        Extracted ar = Extracted.of("سرحت شركة لؤلؤة للتجزئة 250 موظفا الشهر الماضي، لا سيما في فروعها.", "2025-05-05");
        assertTrue(ar.document().facts().stream().anyMatch(f -> f.type() == FactType.LAYOFF), ar.describeFacts());
    }
}
