package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «خالد الحربي» after «خالد بن سعد الحربي»: an Arabic person's given and family names, the father's (and grandfather's)
 * left out, name the person named in full; two people who differ in the father's name stay two. Texts written here.
 */
class ArabicShortPersonNamesTest {
    private static Entity person(Extracted x, String alias) {
        return x.spelled(alias).orElseThrow(() -> new AssertionError(x.names()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال خالد بن سعد الحربي إن الشركة تنمو. وأضاف خالد الحربي أن الأرباح زادت.|خالد بن سعد الحربي|خالد الحربي",
            "أعلنت الرابطة تعيين سامي بن فهد العنزي رئيسا تنفيذيا. وقال سامي العنزي إنه سعيد بالمنصب.|سامي بن فهد العنزي|سامي العنزي",
            "وأكد يوسف أحمد القحطاني أن الخطة اكتملت. وكان يوسف القحطاني قد انضم إلى الشركة في 2019.|يوسف أحمد القحطاني|يوسف القحطاني"})
    void theShortNameIsThePersonNamedInFull(String text, String full, String shorter) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(person(x, full).aliases().contains(shorter), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال خالد بن سعد الحربي إن الشركة تنمو. وقال خالد بن فهد الحربي إن الأرباح زادت.|خالد بن سعد الحربي|خالد بن فهد الحربي",
            "وقال خالد بن سعد الحربي إن الشركة تنمو. وقال خالد العتيبي إن الأرباح زادت.|خالد بن سعد الحربي|خالد العتيبي",
            "وقال خالد بن سعد الحربي إن الشركة تنمو. وقال سعد الحربي إن الأرباح زادت.|خالد بن سعد الحربي|سعد الحربي"})
    void otherNamesStayOtherPeople(String text, String one, String other) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertNotEquals(person(x, one).id(), person(x, other).id(), x.names());
    }
}
