package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «جزيرة», «محافظة», «ولاية» before an unlisted place are part of its name, as they are of a known place's; a place
 * noun counted after a number names nothing. Texts written here.
 */
class ArabicPlaceKindsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتبني الشركة منتجعا في جزيرة قرناس جنوب الخليج.|جزيرة قرناس",
            "وافتتح المحافظ مصنعا في محافظة الرويضة الشهر الماضي.|محافظة الرويضة",
            "وتعمل المجموعة بولاية تيمبرا منذ سنوات.|ولاية تيمبرا"})
    void theKindIsInTheName(String text, String place) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.LOCATION, x.withAlias(place).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويضم المشروع 40 منتجعا على 17 جزيرة وثلاثة شواطئ.|وثلاثة",
            "ويمتد المشروع على 12 جزيرة وسبعة مواقع ساحلية.|وسبعة",
            "وتنتشر فروع البنك في 14 مدينة وثماني بلدات.|وثماني"})
    void aCountedPlaceNounNamesNothing(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }
}
