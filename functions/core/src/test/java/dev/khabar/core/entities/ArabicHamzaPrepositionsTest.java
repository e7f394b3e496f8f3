package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «بأصول», «لإيكونوميك»: ب or ل written right before a hamza on alif is a preposition glued to the word, as no name
 * begins so; such a word neither opens a person's name after a title nor closes one as a family name. «بليون»
 * ("billion") is a number, never ب before the city of Lyon. Texts written here.
 */
class ArabicHamzaPrepositionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وطالب المدير بإعادة توزيع الحصص على الفروع.",
            "وستنشأ عن الاندماج مؤسسة بأصول تفوق ملياري دولار.",
            "وقالت المتحدثة لأكثر من صحيفة إن الخطة جاهزة."})
    void aPrepositionedWordOpensNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وهذا يعني خفض النفقات بنسبة الربع، حسبما قال المدير المالي سامي عطار لإيكونوميك نيوز.|سامي عطار"})
    void aPrepositionedWordEndsTheNameBefore(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وبلغت قيمة الصفقة 3 بليون دولار بحسب البيان.|بليون"})
    void theScaleWordIsNoPlace(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.LOCATION), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وافتتحت المجموعة مكتبا في ليون الفرنسية.|ليون|Lyon"})
    void theCityStaysKnown(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }
}
