package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Arabic ownership statements: half a company is a stake, and «بينما» opens the next owner's clause. */
class ArabicOwnershipTest {
    @Test
    void halfACompanyIsAStakeAndBaynamaEndsTheClause() {
        Extracted x = Extracted.of("ويمتلك صندوق الاستثمارات العامة 50% من شركة «زيلو» بينما يمتلك بنك مصر الباقي.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Public Investment Fund", "زيلو");
        assertTrue(x.fact(FactType.ACQUISITION, "Public Investment Fund", "زيلو").isEmpty(), x.describeFacts());
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
}
