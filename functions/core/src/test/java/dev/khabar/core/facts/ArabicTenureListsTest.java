package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «فلان – من مارس 2017 حتى يناير 2019» under «تعاقب على رئاسة شركة X أربعة رؤساء تنفيذيين، هم:»: each line of the list
 * tells when its holder took the office the heading names and when he left it.
 */
class ArabicTenureListsTest {
    private static final String LIST = String.join("\n",
            "تعاقب على إدارة شركة الريف للألبان أربعة رؤساء تنفيذيين منذ تأسيسها، هم:",
            "1. الدكتور نبيل الصافي – حتى أبريل 2012.",
            "2. هالة منصور – من أبريل 2012 حتى أغسطس 2016.",
            "3. المهندس طارق الزين – من أغسطس 2016 حتى الآن.");

    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void eachLineTellsItsHoldersSpan() {
        Extracted e = x(LIST);
        assertEquals("2012-04", e.requireFactByAlias(FactType.EMPLOYMENT_END, "نبيل الصافي", "الريف للألبان").date().value());
        assertFalse(e.hasFactByAlias(FactType.EMPLOYMENT_START, "نبيل الصافي", "الريف للألبان"), e.describeFacts());
        assertEquals("2012-04", e.requireFactByAlias(FactType.EMPLOYMENT_START, "هالة منصور", "الريف للألبان").date().value());
        assertEquals("2016-08", e.requireFactByAlias(FactType.EMPLOYMENT_END, "هالة منصور", "الريف للألبان").date().value());
        assertEquals("CEO", e.requireFactByAlias(FactType.EMPLOYMENT_END, "هالة منصور", "الريف للألبان").role());
        assertEquals("2016-08", e.requireFactByAlias(FactType.EMPLOYMENT_START, "طارق الزين", "الريف للألبان").date().value());
        assertFalse(e.hasFactByAlias(FactType.EMPLOYMENT_END, "طارق الزين", "الريف للألبان"), e.describeFacts());
    }

    @Test
    void aListNotOpenedByAColonTellsNoTenure() {
        Extracted e = x(String.join("\n",
                "وزار وفد من شركة الريف للألبان المعرض.",
                "هالة منصور – من أبريل 2012 حتى أغسطس 2016."));
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_START), e.describeFacts());
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_END), e.describeFacts());
    }

    @Test
    void aHeadingNamingNoOfficeTellsNoTenure() {
        Extracted e = x(String.join("\n",
                "وتحدث في ندوة شركة الريف للألبان:",
                "هالة منصور – من أبريل 2012 حتى أغسطس 2016 عن تجربتها."));
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_START), e.describeFacts());
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_END), e.describeFacts());
    }
}
