package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «خلفاً للمهندس X»: a courtesy word under «لـ» does not hide the one replaced; «عرضت X … للاستحواذ على Y»: an offer
 * is an attempt, not a deal done.
 */
class ArabicCourtesyAndOffersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void replacedDoctorLeaves() {
        Extracted e = x("أعلن بنك مصر تعيين هشام عكاشة رئيسا تنفيذيا للبنك، خلفاً للدكتور محمد الإتربي.");
        assertEquals("CEO", e.requireFact(FactType.EMPLOYMENT_END, "Mohamed Al-Atrbi", "Banque Misr").role());
    }

    @Test
    void replacedEngineerLeaves() {
        Extracted e = x("عينت شركة موبايلي المهندس خالد الكاف رئيسا تنفيذيا للشركة خلفا للمهندس سلمان البدران.");
        e.requireFact(FactType.EMPLOYMENT_END, "Salman Al-Bdran", "Mobily");
        e.requireFact(FactType.EMPLOYMENT_START, "Khaled Al-Kaf", "Mobily");
    }

    @Test
    void replacedMisterLeaves() {
        Extracted e = x("عينت شركة سابك يوسف البنيان رئيسا تنفيذيا خلفا للسيد عبد العزيز الهاجري.");
        e.requireFact(FactType.EMPLOYMENT_END, "Abd Al-Aziz Al-Hajri", "SABIC");
    }

    @Test
    void anOfferToBuyIsAnAttempt() {
        Extracted e = x("عرضت شركة أرامكو 15 مليار دولار للاستحواذ على شركة سابك.");
        assertEquals("attempted", e.requireFact(FactType.ACQUISITION, "Saudi Aramco", "SABIC").status());
    }

    @Test
    void anOfferMadeOfHerSaysSheOffered() {
        Extracted e = x("قالت شركة أورانج إنها عرضت 2 مليار دولار للاستحواذ على حصة الأغلبية بشركة موبايلي.");
        assertEquals("attempted", e.requireFact(FactType.ACQUISITION, "Orange", "Mobily").status());
    }

    @Test
    void aTakeoverDoneIsNoAttempt() {
        Extracted e = x("استحوذت شركة أرامكو على شركة سابك بعد أن عرضت الشركتان نتائجهما.");
        assertNull(e.requireFact(FactType.ACQUISITION, "Saudi Aramco", "SABIC").status());
    }
}
