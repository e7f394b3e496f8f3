package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «الوزير الأول عبد المالك سلال»: after a title, عبد and a divine name are one given name, and the family name after
 * them belongs to the person; with no family name written, the given name alone is the name. Texts written here.
 */
class ArabicServantGivenNamesAfterTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أجرى الوزير الأول عبد المالك بوزيان حركة مست مدراء الهيئات.|عبد المالك بوزيان",
            "وقال الرئيس التنفيذي عبد المجيد بوزيدي، إن الشركة مستعدة.|عبد المجيد بوزيدي",
            "وأعلن المدير العام عبد الحكيم شرفي عن خطة جديدة.|عبد الحكيم شرفي"})
    void theFamilyNameFollowsTheTwoWordGivenName(String text, String person) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.withAlias(person).type(), e.names());
    }

    @Test
    void aVerbAfterTheGivenNameIsNoFamilyName() {
        Extracted e = Extracted.of("وقال المدير العام عبد الرحمن إن الشركة مستعدة.", "2024-05-10");
        assertTrue(e.document().entities().stream().anyMatch(x -> x.aliases().contains("عبد الرحمن")), e.names());
        assertTrue(e.document().entities().stream().noneMatch(x -> x.aliases().stream().anyMatch(a -> a.contains("إن"))), e.names());
    }
}
