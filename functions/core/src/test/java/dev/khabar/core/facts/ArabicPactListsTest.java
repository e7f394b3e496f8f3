package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Memoranda and protocols naming their parties after «بين»: «مذكرة بين A، وشركة B الصينية، وشركة C», «بروتوكول تعاون
 * بين A وB», and what such a pact is for («للتعاون في …»). Texts written here.
 */
class ArabicPactListsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aMemorandumBetweenThreeBindsEachPair() {
        Extracted e = x("ووقعت مذكرة بين بنك الجزيرة، وشركة نماء الصينية، وشركة فالكون للتقنية لتطوير المدفوعات.");
        e.requireFactByAlias(FactType.PARTNERSHIP, "بنك الجزيرة", "شركة نماء");
        e.requireFactByAlias(FactType.PARTNERSHIP, "بنك الجزيرة", "شركة فالكون للتقنية");
        e.requireFactByAlias(FactType.PARTNERSHIP, "شركة نماء", "شركة فالكون للتقنية");
    }

    @Test
    void aProtocolOfCooperationBetweenTwoPastTheFirstsNationality() {
        x("وتم توقيع بروتوكول تعاون بين شركة UnionPay الصينية وشركة بنوك مصر لتوسيع قبول البطاقات.")
                .requireFactByAlias(FactType.PARTNERSHIP, "UnionPay", "شركة بنوك مصر");
    }

    @Test
    void aProtocolSignedWithAPartner() {
        x("ووقع بنك مسقط بروتوكولا مع شركة عمانتل لتقديم الخدمات الرقمية.")
                .requireFact(FactType.PARTNERSHIP, "Bank Muscat", "Omantel");
    }

    @Test
    void whatAPactIsForAddsNoPartnerFromEarlierInTheSentence() {
        Extracted e = x("ووقع بنك مسقط مذكرة تفاهم مع شركة عمانتل، إلى جانب اتفاق بين UnionPay وشركة لا تذكر للتعاون في نشر الخدمات.");
        e.requireFact(FactType.PARTNERSHIP, "Bank Muscat", "Omantel");
        assertFalse(e.hasFactByAlias(FactType.PARTNERSHIP, "بنك مسقط", "UnionPay"), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.PARTNERSHIP, "عمانتل", "UnionPay"), e.describeFacts());
    }

    @Test
    void aZoneNamedForCooperationIsNoPact() {
        Extracted e = x("ويعمل بنك الجزيرة في منطقة التعاون الاقتصادي مع شركة فالكون للتقنية منذ سنوات.");
        assertFalse(e.hasFactOfType(FactType.PARTNERSHIP), e.describeFacts());
    }
}
