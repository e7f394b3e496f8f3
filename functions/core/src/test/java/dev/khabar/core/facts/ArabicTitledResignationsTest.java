package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «قدم الرئيس التنفيذي لشركة X، Y استقالته»: the leaver is named after his title and its company, so the company left
 * is the title's, not the story's first company.
 */
class ArabicTitledResignationsTest {
    private static final String OPENING = "قالت شركة أرامكو إن أرباحها ارتفعت في الربع الأول.\n\n";

    private static Extracted x(String text) {
        return Extracted.of(OPENING + text, "2024-05-10");
    }

    @Test
    void chiefExecutiveAfterACommaResigns() {
        Extracted e = x("قدم الرئيس التنفيذي لشركة أرابتك، حسن إسميك استقالته من منصبه يوم الأحد.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "Hassan Asmik", "أرابتك").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Hassan Asmik", "Saudi Aramco").isEmpty(), e.describeFacts());
    }

    @Test
    void generalManagerWithHonorificResigns() {
        Extracted e = x("قدم المدير العام لشركة موبايلي المهندس خالد الكاف استقالته بعد عامين في المنصب.");
        assertEquals("director general", e.requireFact(FactType.EMPLOYMENT_END, "Khaled Al-Kaf", "Mobily").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Khaled Al-Kaf", "Saudi Aramco").isEmpty(), e.describeFacts());
    }

    @Test
    void chairmanHandsInHisResignation() {
        Extracted e = x("تقدم رئيس مجلس إدارة شركة سابك يوسف البنيان باستقالته من منصبه.");
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_END, "Youssef Al-Bnian", "SABIC").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_END, "Youssef Al-Bnian", "Saudi Aramco").isEmpty(), e.describeFacts());
    }

    @Test
    void theTitleHeldIsThePostLeft() {
        Extracted e = x("قدم الرئيس التنفيذي لشركة أرابتك، حسن إسميك استقالته من منصبه يوم الأحد.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "Hassan Asmik", "أرابتك").role());
        assertTrue(e.fact(FactType.ROLE, "Hassan Asmik", "أرابتك").isEmpty(), e.describeFacts());
    }
}
