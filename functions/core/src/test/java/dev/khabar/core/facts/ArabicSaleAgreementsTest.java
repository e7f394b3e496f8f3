package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «نفذ اتفاقا مع Y لبيعه كامل حصته», «وقعت اتفاقا مع Y اشترت بموجبه 40 في المئة من Z»: an agreement whose purpose or
 * content is buying or selling a stake is that sale, no partnership of its signers. Texts written here.
 */
class ArabicSaleAgreementsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت مصادر أمس أن شركة \"نوران القابضة\" وقعت اتفاقا رسميا مع الحكومة الأردنية، اشترت بموجبه 40 في المئة من شركة \"رافد للاتصالات\".|نوران القابضة|الحكومة الأردنية",
            "وقال مصدر إن بنك \"الواحة\" نفذ اتفاقا مع بنك \"سدرة\" لبيعه كامل حصته في شركة \"رافد\".|الواحة|سدرة",
            "ووقعت مجموعة \"بيلسان\" اتفاقية مع صندوق \"أفق\" تبيع بموجبها 30% من أسهم شركة \"مدار\".|بيلسان|أفق"})
    void aSaleAgreementIsNoPartnership(String text, String one, String other) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertFalse(ar.hasFactByAlias(FactType.PARTNERSHIP, one, other), ar.describeFacts());
        assertFalse(ar.hasFactByAlias(FactType.PARTNERSHIP, other, one), ar.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت شركة \"نوران القابضة\" اتفاقية شراكة مع شركة \"رافد\" لتطوير خدمات الدفع الإلكتروني.|نوران القابضة|رافد"})
    void anAgreementToWorkTogetherStaysAPartnership(String text, String one, String other) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertTrue(ar.hasFactByAlias(FactType.PARTNERSHIP, one, other) || ar.hasFactByAlias(FactType.PARTNERSHIP, other, one),
                ar.describeFacts());
    }
}
