package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Stakes taken in companies a sentence counts and then names («حصص في ثلاث شركات … بما في ذلك شركة X»): the taker is
 * the doer named after the verb of taking, even past a stake named earlier in construct («إلى جانب حصة البنك»), which
 * itself, with no «في» after it, tells no deal of its own; the exchange the companies are listed on is no party.
 */
class ArabicStakeListsTest {
    private static final String TEXT = "وذكرت المصادر أنه إلى جانب حصة مصرف الوفاق، التي تمثل ثلث قيمة الاتفاق، ستستحوذ "
            + "مجموعة السنابل على حصص في ثلاث شركات أخرى مدرجة في بورصة عمّان، بما في ذلك شركة “ريادة للمدفوعات”.";

    @Test
    void theTakerNamedAfterTheVerbTakesTheListedCompanysStake() {
        Extracted e = Extracted.of(TEXT, "2025-03-01");
        assertTrue(e.hasFactByAlias(FactType.INVESTMENT, "مجموعة السنابل", "ريادة للمدفوعات"), e.describeFacts());
    }

    @Test
    void aStakeInConstructWithNoInTellsNoDeal() {
        Extracted e = Extracted.of(TEXT, "2025-03-01");
        assertFalse(e.hasFactByAlias(FactType.INVESTMENT, "مصرف الوفاق", "مجموعة السنابل"), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.INVESTMENT, "مصرف الوفاق", "ريادة للمدفوعات"), e.describeFacts());
    }

    @Test
    void theExchangeTheCompaniesAreListedOnIsNoParty() {
        Extracted e = Extracted.of(TEXT, "2025-03-01");
        assertFalse(e.hasFactByAlias(FactType.INVESTMENT, "مجموعة السنابل", "بورصة عمّان"), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.INVESTMENT, "مصرف الوفاق", "بورصة عمّان"), e.describeFacts());
    }

    @Test
    void includingOpensTheListOfCompaniesInvestedIn() {
        Extracted e = Extracted.of("واستثمر صندوق الريادة خلال العام في عدد من الشركات الناشئة، بما في ذلك شركة نبتة للزراعة "
                + "وشركة مسار للنقل.", "2025-03-01");
        assertTrue(e.hasFactByAlias(FactType.INVESTMENT, "صندوق الريادة", "نبتة للزراعة"), e.describeFacts());
    }
}
