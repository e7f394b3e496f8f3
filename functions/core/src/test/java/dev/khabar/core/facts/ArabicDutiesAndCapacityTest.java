package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «تسلم/باشر X مهامه رئيساً تنفيذياً» (took up his duties as), «بصفتها مديرة للتسويق» (in her capacity as). Texts written here. */
class ArabicDutiesAndCapacityTest {
    @Test
    void tookUpHisDutiesAsChiefExecutive() {
        Extracted ar = Extracted.of("أخبار\nتسلم كريم سعيد مهامه رئيساً تنفيذياً لشركة الفجر.", "2025-05-05");
        assertTrue(ar.hasFactByAlias(FactType.EMPLOYMENT_START, "كريم سعيد", "شركة الفجر"), ar.describeFacts());
    }

    @Test
    void beganHerDutiesIsAHireToo() {
        Extracted ar = Extracted.of("أخبار\nباشرت ليلى حداد مهامها مديرةً عامةً لشركة راصد أمس.", "2025-05-05");
        assertTrue(ar.hasFactByAlias(FactType.EMPLOYMENT_START, "ليلى حداد", "راصد"), ar.describeFacts());
    }

    @Test
    void joinedInHerCapacityAsMarketingDirector() {
        Extracted ar = Extracted.of("أخبار\nانضمت ليلى حداد إلى شركة راصد بصفتها مديرة للتسويق.", "2025-05-05");
        assertEquals("director of marketing", ar.requirePost("Layla Hdad", "راصد").role());
    }

    @Test
    void receivingAnAwardIsNoHire() {
        Extracted ar = Extracted.of("أخبار\nتسلم كريم سعيد الجائزة من شركة الفجر.", "2025-05-05");
        assertTrue(ar.document().facts().isEmpty(), ar.describeFacts());
    }
}
