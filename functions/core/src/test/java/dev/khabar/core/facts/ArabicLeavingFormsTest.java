package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Verbs of leaving in the feminine and the future («تغادر», «ستغادر», «ستترك», «تتنحى»), as in the masculine. */
class ArabicLeavingFormsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void sheLeavesTheCompany() {
        x("وقالت آبل إن ليزا جاكسون تغادر الشركة.").requireFact(FactType.EMPLOYMENT_END, "Lisa Jakson", "Apple");
    }

    @Test
    void sheWillLeaveHerPost() {
        Extracted e = x("وأعلن بنك مصر أن المديرة المالية هالة سعيد ستغادر منصبها الشهر المقبل.");
        assertEquals("CFO", e.requireFact(FactType.EMPLOYMENT_END, "Hala Said", "Banque Misr").role());
    }

    @Test
    void sheWillQuitHerPost() {
        x("وقالت شركة أوبر إن سارة فريار ستترك منصبها في يونيو.").requireFact(FactType.EMPLOYMENT_END, "Sara Friar", "Uber");
    }

    @Test
    void sheStepsDown() {
        Extracted e = x("وقالت الرئيسة التنفيذية لشركة يوتيوب سوزان وجسيكي إنها تتنحى عن منصبها.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "Susan Wojcicki", "YouTube").role());
    }

    @Test
    void aPlaneLeavingIsNoDeparture() {
        Extracted e = x("تغادر الطائرة مطار القاهرة في الصباح.");
        assertTrue(e.document().facts().isEmpty(), e.describeFacts());
    }
}
