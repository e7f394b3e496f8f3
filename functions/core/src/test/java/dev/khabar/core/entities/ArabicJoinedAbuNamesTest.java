package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «سالم راشد بوشهاب المري،»: a family name on بو (أبو written joined, as the Gulf and the Maghreb write it) after the
 * father's name, alone or before the clan's nisba, belongs to the one name. Texts written here.
 */
class ArabicJoinedAbuNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سالم راشد بوشهاب المري، المدير العام للمجموعة، إن الأرباح زادت.|سالم راشد بوشهاب المري",
            "وأكد نبيل عمر بوقرة أن المصنع سيفتح في الربيع.|نبيل عمر بوقرة"})
    void theJoinedAbuFamilyIsPartOfTheName(String text, String name) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, ar.withAlias(name).type(), ar.names());
        assertEquals(1, ar.document().entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), ar.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأطلق فادي سمير بوابة إلكترونية جديدة للخدمات.|فادي سمير بوابة"})
    void aCommonWordOnBuThatGoesOnIsNoFamily(String text, String notName) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertTrue(ar.spelled(notName).isEmpty(), ar.names());
    }
}
