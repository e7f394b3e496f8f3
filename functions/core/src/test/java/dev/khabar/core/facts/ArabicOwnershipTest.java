package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Arabic ownership statements: half a company is a stake, and «بينما» opens the next owner's clause. */
class ArabicOwnershipTest {
    @Test
    void halfACompanyIsAStakeAndBaynamaEndsTheClause() {
        Extracted x = Extracted.of("ويمتلك صندوق الاستثمارات العامة 50% من شركة «نوفيرا» بينما يمتلك بنك مصر الباقي.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Public Investment Fund", "نوفيرا");
        assertTrue(x.fact(FactType.ACQUISITION, "Public Investment Fund", "نوفيرا").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.INVESTMENT, "Public Investment Fund", "Banque Misr").isEmpty(), x.describeFacts());
    }

    @Test
    void halfOwnedByAFeminineVerb() {
        Extracted x = Extracted.of("وتمتلك أرامكو 50% من شركة «فيرو» للتقنية.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Saudi Aramco", "فيرو");
    }

    @Test
    void theSecondOwnerAfterBaynama() {
        Extracted x = Extracted.of("وكانت سابك تملك نصف شركة «دانو»، بينما تملك أدنوك 30% من شركة «لومو».", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "ADNOC", "لومو");
        assertTrue(x.fact(FactType.INVESTMENT, "SABIC", "لومو").isEmpty(), x.describeFacts());
    }

    @Test
    void anOwnerInQuotesBeforeItsShare() {
        Extracted.of("ويملك صندوق \"الريادة\" 25% من شركة سهيل للتقنية.", "2025-01-01")
                .requireFact(FactType.INVESTMENT, "الريادة", "سهيل للتقنية");
        Extracted.of("وتملك شركة \"البيان\" 12% من شركة رمال للأسمنت.", "2025-01-01")
                .requireFact(FactType.INVESTMENT, "البيان", "رمال للأسمنت");
    }

    @Test
    void aQuotedOwnerOfMostIsItsBuyer() {
        Extracted x = Extracted.of("وتمتلك شركة «نوران» 70% من شركة سهيل للتقنية.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "نوران", "سهيل للتقنية");
    }

    @Test
    void aQuotedOwnerWithoutAShareOwnsNoStake() {
        Extracted x = Extracted.of("وتملك شركة \"نوران\" مصنعا كبيرا قرب مقر شركة \"سهيل للتقنية\".", "2025-01-01");
        assertTrue(x.document().facts().isEmpty(), x.describeFacts());
    }
}
