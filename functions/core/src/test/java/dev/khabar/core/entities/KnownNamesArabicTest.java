package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known names found whole, not cut into shorter known names (ديل is not Dell inside كوستا ديل سول, UK opens a regulator). */
class KnownNamesArabicTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واشترت الشركة فندقا على ساحل كوستا ديل سول الإسبانية.|Costa del Sol|LOCATION",
            "ووافقت هيئة المنافسة والأسواق على الصفقة بعد مراجعة طويلة.|Competition and Markets Authority|ORGANIZATION",
            "وارتفع سهم الشركة المدرجة في سوق أبوظبي بنسبة 3%.|Abu Dhabi Securities Exchange|ORGANIZATION"})
    void aKnownNameIsFoundWhole(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity("Dell").isEmpty() && x.entity("Seoul").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The UK Competition and Markets Authority cleared the deal on Monday.",
            "Brenwick said the UK Competition and Markets Authority had asked for more time."})
    void aCountryOpeningAKnownRegulatorsNameIsPartOfIt(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity("Competition and Markets Authority").aliases().contains("UK Competition and Markets Authority"),
                x.names());
        assertTrue(x.entity("United Kingdom").isEmpty(), x.names());
    }
}
