package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Kingdom's regions and eastern towns that deal news names («المنطقة الشرقية», «الأحساء», «القطيف», «القصيم») are
 * places; a region whose bare name is also a common word («عسير» hard, «حائل» obstacle, «الجوف» hollow) is one only
 * after «منطقة». Texts written here.
 */
class ArabicSaudiRegionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتحت شركة النور للتجارة فرعا جديدا في المنطقة الشرقية.|المنطقة الشرقية",
            "استحوذت شركة الوفاء على حصة في مستشفى الأمل بالقطيف.|القطيف",
            "وتخطط مجموعة الريان لبناء مصنع في الأحساء العام المقبل.|الأحساء",
            "وتوسعت الشركة في منطقة القصيم خلال الربع الأول.|منطقة القصيم",
            "وقالت الشركة إنها ستفتح ثلاثة فروع في منطقة عسير.|منطقة عسير"})
    void aRegionOrTownOfTheKingdomIsAPlace(String text, String place) {
        Extracted e = Extracted.of(text, "2025-05-05");
        assertEquals(EntityType.LOCATION, e.withAlias(place).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووصف المدير الطريق بأنه عسير، وقال إنه لا حائل دون إتمام الصفقة.",
            "وقال المتحدث إن الشركة تتابع الخبر باهتمام."})
    void theCommonWordIsNoPlace(String text) {
        Extracted e = Extracted.of(text, "2025-05-05");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.LOCATION), e.names());
    }
}
