package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Arabic name in quotes with its Latin spelling right after the closing quote («"إيران سل" Irancell») is one name in
 * two scripts, whatever the count of words in each.
 */
class QuotedLatinSpellingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أغلقت الشركة الناشئة \"فالكو\" Falco جولتها الأولى.|فالكو|Falco",
            "وتملك 49% من شركة \"تيليكو سل\" Telecocell منذ سنوات.|تيليكو سل|Telecocell",
            "وباتت الشركة تعرف باسم \"تاكسي نور\" Taxi Noor بين المستخدمين.|تاكسي نور|Taxi Noor"})
    void theLatinAfterTheQuotesIsTheSameName(String text, String arabic, String latin) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.withAlias(arabic).aliases().contains(latin), x.names());
        assertEquals(1, x.document().entities().stream().filter(e -> e.aliases().contains(latin)).count(), x.names());
    }
}
