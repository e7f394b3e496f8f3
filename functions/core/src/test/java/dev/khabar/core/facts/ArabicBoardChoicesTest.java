package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A board that elects or chooses someone («انتخب مجلس إدارة X، Y، لمنصب …», «اختارت X Y رئيسا»): the company hires,
 * the one named between commas is hired, and «خلفا لـZ» ends Z's tenure in the same post.
 */
class ArabicBoardChoicesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void boardElectsANameSetOffByCommasToAPostSucceedingAnother() {
        Extracted e = x("انتخب مجلس إدارة شركة أرامكو السعودية، خالد الدباغ، لمنصب رئيس مجلس إدارة الشركة، خلفا لياسر الرميان.");
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_START, "Khaled Al-Dbagh", "Saudi Aramco").role());
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_END, "Yasir Al-Rumayyan", "Saudi Aramco").role());
    }

    @Test
    void boardAppointsANameSetOffByCommasInTheAccusative() {
        Extracted e = x("عين مجلس إدارة بنك مصر، هشام عكاشة، رئيسا تنفيذيا للبنك.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_START, "Hisham Akasha", "Banque Misr").role());
    }

    @Test
    void generalAssemblyElectsAChairmanAfterAnother() {
        Extracted e = x("انتخبت الجمعية العمومية لبنك مصر السيد هشام عكاشة رئيسا لمجلس الإدارة خلفا لمحمد الإتربي.");
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_START, "Hisham Akasha", "Banque Misr").role());
        assertEquals("chairman", e.requireFact(FactType.EMPLOYMENT_END, "Mohamed Al-Atrbi", "Banque Misr").role());
    }

    @Test
    void predecessorNamedInQuotesAfterTheParticle() {
        Extracted e = x("أعلنت شركة أوبر تعيين نائب الرئيس التنفيذي \"خالد محمود\" رئيسا تنفيذيا جديدا لها خلفا لـ \"سامي يوسف\".");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "Sami Youssef", "Uber").role());
    }

    @Test
    void companyChoosesItsChief() {
        Extracted e = x("اختارت شركة سامسونج المهندس كريم عادل رئيسا تنفيذيا لها.");
        assertEquals("CEO", e.requirePost("Karim Adel", "Samsung").role());
    }

    @Test
    void definiteTitleSetOffByCommasIsStillTheCurrentPost() {
        Extracted e = x("قال هشام عكاشة، الرئيس التنفيذي لبنك مصر، إن البنك سيعين مديرين جددا.");
        assertEquals("CEO", e.requireFact(FactType.ROLE, "Hisham Akasha", "Banque Misr").role());
        assertTrue(e.fact(FactType.EMPLOYMENT_START, "Hisham Akasha", "Banque Misr").isEmpty(), e.describeFacts());
    }
}
