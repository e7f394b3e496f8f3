package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Successions in their English and Arabic shapes; company names that a purpose phrase or a quoted name bounds. */
class SuccessionAndDealNamesTest {
    @Test
    void theOneTakenOverFromLeaves() {
        Extracted x = Extracted.of("Corvale Systems named Dana Pike chief executive, taking over from Ross Hale, "
                + "who will step down in June.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, "Ross Hale", "Corvale Systems");
        assertTrue(x.fact(FactType.EMPLOYMENT_END, "Dana Pike", "Corvale Systems").isEmpty(), x.describeFacts());
    }

    @Test
    void theOneSucceededLeaves() {
        Extracted x = Extracted.of("Glenn Ward succeeds Janet Moss as chief executive of Corvale Systems.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Glenn Ward", "Corvale Systems");
        x.requireFact(FactType.EMPLOYMENT_END, "Janet Moss", "Corvale Systems");
    }

    @Test
    void theOneWhosePlaceIsTakenLeaves() {
        String[] texts = {
                "Glenn Ward will take the place of Janet Moss as chief executive of Corvale Systems.",
                "Glenn Ward took the place of Janet Moss as chairman of Corvale Systems in 2019.",
                "Glenn Ward, a banker, is taking the place of Janet Moss as finance director at Corvale Systems."};
        for (String text : texts) {
            Extracted x = Extracted.of(text, "2025-01-01");
            x.requireFact(FactType.EMPLOYMENT_START, "Glenn Ward", "Corvale Systems");
            x.requireFact(FactType.EMPLOYMENT_END, "Janet Moss", "Corvale Systems");
            assertTrue(x.fact(FactType.EMPLOYMENT_START, "Janet Moss", "Corvale Systems").isEmpty(), x.describeFacts());
        }
    }

    @Test
    void arabicSuccessionInBothWordOrders() {
        Extracted svo = Extracted.of("أعلنت شركة رافد أن خالد يوسف سيخلف ماجد ناصر كرئيس لمجلس الإدارة.", "2025-01-01");
        svo.requireFact(FactType.EMPLOYMENT_START, "Khaled Youssef", "رافد");
        svo.requireFact(FactType.EMPLOYMENT_END, "Majed Nasser", "رافد");
        Extracted vso = Extracted.of("سيخلف خالد يوسف ماجد ناصر في شركة رافد.", "2025-01-01");
        vso.requireFact(FactType.EMPLOYMENT_END, "Majed Nasser", "رافد");
    }

    @Test
    void givingUpTheChairIsADeparture() {
        Extracted x = Extracted.of("أعلن ماجد ناصر التخلي عن رئاسة مجلس إدارة شركة رافد.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_END, "Majed Nasser", "رافد");
    }

    @Test
    void aPurposePhraseEndsTheNameAndADescriptorIsNotTheName() {
        Extracted x = Extracted.of("وقعت شركة رافد اتفاقا لشراء شركة تصميم الألعاب \"مدار\" مقابل 5 ملايين دولار.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "رافد", "مدار");
        Extracted y = Extracted.of("أبرمت شركة رافد صفقة للاستحواذ على حصة تمثل 30% من رأس مال شركة سديم.", "2025-01-01");
        y.requireFact(FactType.INVESTMENT, "رافد", "سديم");
    }
}
