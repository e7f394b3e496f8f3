package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title is no word of a name: after a verb spelled like a given name («أشرف», "supervised") it opens the person named
 * after it; and a family name without the article after a father's given name is the name's last word where a title,
 * a second one joined by و, or "that" closes it.
 */
class ArabicNameEndsAtTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أشرف وزير الزراعة سليم الهادي على افتتاح المصنع.|سليم الهادي|أشرف وزير",
            "أشرف رئيس البلدية نادر الشامي على توقيع العقد.|نادر الشامي|أشرف رئيس"})
    void aTitleAfterAGivenNamesSpellingOpensTheNextPerson(String text, String person, String notName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream()).noneMatch(a -> a.startsWith(notName)),
                x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقع العقد وزير النقل سمير خالد بوحجر والمدير العام للشركة.|سمير خالد بوحجر",
            "وقال المدير سمير خالد قرطاج إن المصنع سيفتتح قريبا.|سمير خالد قرطاج",
            "وقال المدير وليد سعيد منتصر، إن المصنع سيفتتح قريبا.|وليد سعيد منتصر"})
    void aBareFamilyNameClosedByATitleOrThatEndsTheName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المدير سمير خالد مؤخرا إن المصنع سيفتتح.|سمير خالد",
            "وقال المدير سمير خالد أمس إن المصنع سيفتتح.|سمير خالد"})
    void anAdverbAfterTheNameIsNoFamilyName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
        assertEquals(person, x.withAlias(person).aliases().stream().filter(a -> a.startsWith("سمير")).findFirst().orElseThrow(),
                x.names());
    }
}
