package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Arabic stake deals: a stake whose genitive names the company it is in, and an agreement signed to buy or sell a stake,
 * which is that deal and no partnership.
 */
class ArabicStakeDealsTest {
    @Test
    void theCompanyInAStakesGenitiveIsWhatTheBuyerInvestsIn() {
        Extracted x = Extracted.of("استحوذت شركة نوران على حصص شركة سهيل للتقنية.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "نوران", "سهيل للتقنية");
        assertTrue(!x.hasFactByAlias(FactType.INVESTMENT, "سهيل للتقنية", "نوران"), x.describeFacts());
    }

    @Test
    void theCompanyInAStakesGenitiveAfterAShare() {
        Extracted x = Extracted.of("واستحوذت مجموعة الوفاق القابضة على 30% من حصص شركة رمال للأسمنت.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "مجموعة الوفاق القابضة", "رمال للأسمنت");
        assertTrue(!x.hasFactByAlias(FactType.INVESTMENT, "رمال للأسمنت", "مجموعة الوفاق القابضة"), x.describeFacts());
    }

    @Test
    void anOwnersStakeInAnotherCompanyStillNamesItsSeller() {
        Extracted x = Extracted.of("استحوذت شركة نوران على حصة بنك الفجر في شركة سهيل للتقنية.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "نوران", "سهيل للتقنية");
        assertTrue(!x.hasFactByAlias(FactType.INVESTMENT, "بنك الفجر", "سهيل للتقنية"), x.describeFacts());
    }

    @Test
    void anAgreementToBuyAStakeIsNoPartnership() {
        Extracted x = Extracted.of("ووقعت شركة نوران أمس الاتفاقية النهائية مع شركة سهيل للتقنية لشراء حصة تبلغ 35 في المائة "
                + "من أسهم الشركة الأخيرة.", "2024-05-01");
        x.requireFactByAlias(FactType.INVESTMENT, "نوران", "سهيل للتقنية");
        assertTrue(!x.hasFactOfType(FactType.PARTNERSHIP), x.describeFacts());
    }

    @Test
    void anAgreementToSellTheCapitalIsNoPartnership() {
        Extracted x = Extracted.of("وأعلن بنك الفجر الاتفاق على بيع كامل رأسمال وحدته إلى مجموعة الوفاق القابضة، وفق "
                + "اتفاقية وقعت بين الطرفين أمس.", "2024-05-01");
        assertTrue(!x.hasFactOfType(FactType.PARTNERSHIP), x.describeFacts());
    }

    @Test
    void anAgreementToWorkTogetherStaysAPartnership() {
        Extracted x = Extracted.of("ووقعت شركة نوران اتفاقية مع شركة سهيل للتقنية لتطوير حلول الدفع الرقمي.", "2024-05-01");
        x.requireFactByAlias(FactType.PARTNERSHIP, "نوران", "سهيل للتقنية");
        Extracted y = Extracted.of("ووقعت شركة نوران اتفاقية مع شركة سهيل للتقنية لبيع منتجاتها في الخليج.", "2024-05-01");
        y.requireFactByAlias(FactType.PARTNERSHIP, "نوران", "سهيل للتقنية");
    }
}
