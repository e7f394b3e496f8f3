package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «لبلده ودعمه»: «بلده» written with ه is "his country" (بلد + ه), not the town noun «بلدة» that a place's name follows;
 * the place nouns written as such still name the place after them. Texts written here.
 */
class ArabicHisCountryTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونسب الحاكم الفضل لبلده ودعمه للاستثمار.|ودعمه",
            "وشكر المستثمر بلده وشعبه على الدعم.|وشعبه",
            "وقال إن بلده ستبقى منصة لرواد الأعمال.|ستبقى"})
    void hisCountryIsNoPlaceNoun(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتحت الشركة مصنعا في مدينة خانجو الصناعية.|خانجو",
            "ويقع المشروع في مقاطعة جرجيان شمال البلاد.|جرجيان"})
    void aPlaceNounStillNamesThePlace(String text, String place) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.withAlias(place).type() == EntityType.LOCATION, x.names());
    }
}
