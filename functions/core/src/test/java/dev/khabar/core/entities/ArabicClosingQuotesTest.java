package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cue inside a quotation («"شبكة …"») reaches its closing mark, which opens no quoted name: the words between it and
 * the next quotation are the sentence going on.
 */
class ArabicClosingQuotesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت المجموعة إطلاق «شبكة الخدمات الذكية» في قطر أن «نوفا» أصبحت الأولى.",
            "واحتفلت الشركة بتدشين “منصة الدفع الموحدة” في الكويت بعد أن “رحلة” سبقتها."})
    void theWordsBetweenTwoQuotationsAreNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream())
                .noneMatch(a -> a.startsWith("في ") || a.endsWith(" أن") || a.startsWith("بعد")), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وأطلقت شركة «سحابة» خدمة جديدة للدفع.|سحابة"})
    void aQuoteOpenedRightAfterTheCueStillNamesIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }
}
