package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «استثمار صندوق X يأتي في إطار جولة تمويلية»: the investment's possessor puts money in the round. Texts written here. */
class ArabicInvestorsOfARoundTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theInvestmentsPossessorRaisesNoRound() {
        Extracted e = x("وذكرت شركة سحاب أن استثمار صندوق الأفق يأتي في إطار جولة تمويلية بدأتها في الآونة الأخيرة.");
        assertTrue(e.fact(FactType.FUNDING_ROUND, "صندوق الأفق", null).isEmpty(), e.describeFacts());
    }

    @Test
    void norDoesTheOwnerOfAContribution() {
        Extracted e = x("وقالت شركة سحاب إن مساهمة صندوق الأفق جاءت ضمن جولة تمويلية أطلقتها الشركة الشهر الماضي.");
        assertTrue(e.fact(FactType.FUNDING_ROUND, "صندوق الأفق", null).isEmpty(), e.describeFacts());
    }

    @Test
    void theCompanyRaisingTheRoundStillRaisesIt() {
        x("أعلنت شركة سحاب عن جولة تمويلية بقيمة 10 ملايين دولار لتوسيع استثماراتها في المنطقة.")
                .requireFact(FactType.FUNDING_ROUND, "سحاب", null);
    }
}
