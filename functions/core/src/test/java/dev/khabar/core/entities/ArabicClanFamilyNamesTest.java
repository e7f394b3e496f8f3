package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «سامر عارف المعايطة،»: a clan's family name ending in ة closes a name after the father's; «خالد سيف الكتبي الظاهري»:
 * a second nisba after the family's is the clan's. A feminine adjective, or a nationality after the name, stays out.
 * Texts written here.
 */
class ArabicClanFamilyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ومعالي المهندس سامر عارف المعايطة، رئيس مجلس أمناء الصندوق.|سامر عارف المعايطة",
            "وقال المهندس رامي عادل الطراونة، رئيس الهيئة، إن الأسعار زادت.|رامي عادل الطراونة",
            "وحضر كل من خالد سيف الكتبي الظاهري نائب الرئيس التنفيذي لشركة الندى.|خالد سيف الكتبي الظاهري"})
    void theNameEndsWhereItsFamilyAndClanEnd(String text, String person) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.withAlias(person).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال محمد حسن الجديدة، إن الأسعار زادت.|محمد حسن|محمد حسن الجديدة",
            "والتقى الوزير أحمد خالد العتيبي المصري في القاهرة.|أحمد خالد العتيبي|أحمد خالد العتيبي المصري"})
    void theWordAfterTheNameStaysOut(String text, String person, String rejected) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.withAlias(person).type(), e.names());
        assertTrue(e.spelled(rejected).isEmpty(), e.names());
    }
}
