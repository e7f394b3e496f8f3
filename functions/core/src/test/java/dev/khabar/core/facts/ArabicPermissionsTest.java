package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «أعطت A الضوء الأخضر لـ B لرفع حصتها في C»: B invests, A only rules on it. Texts written here. */
class ArabicPermissionsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theOneGivenTheGreenLightRaisesItsStake() {
        Extracted e = x("وقالت الصحيفة إن الحكومة الإيطالية أعطت الضوء الأخضر لشركة \"جلف تل\" لرفع حصتها في شركة \"فيرونيكا\" إلى 15%.");
        e.requireFact(FactType.INVESTMENT, "جلف تل", "فيرونيكا");
        assertTrue(e.fact(FactType.INVESTMENT, "Government of Italy", "فيرونيكا").isEmpty(), e.describeFacts());
    }

    @Test
    void theGreenLightToAGroupToBuy() {
        Extracted e = x("ومنحت هيئة المنافسة الضوء الأخضر لمجموعة \"نوفا\" للاستحواذ على شركة \"زيفر\".");
        e.requireFact(FactType.ACQUISITION, "نوفا", "زيفر");
    }

    @Test
    void withoutTheGreenLightTheDoerStays() {
        Extracted e = x("رفعت شركة \"جلف تل\" حصتها في شركة \"فيرونيكا\" إلى 15% بعد أن نالت الضوء الأخضر.");
        e.requireFact(FactType.INVESTMENT, "جلف تل", "فيرونيكا");
    }
}
