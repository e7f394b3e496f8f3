package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gulf names that write the fathers' given names with the article («العبد الله» too) before the family's, read to the
 * family name; an epithet of reverence after a ruler's name (المعظم، المفدى) is no word of it.
 */
class ArabicArticledFathersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال وزير المالية الشيخ فهد العبد الله السالم الصباح سيزور المصنع غدا.|فهد العبد الله السالم الصباح",
            "وافتتح الشيخ جابر الناصر الحمد الصباح المعرض أمس.|جابر الناصر الحمد الصباح",
            "وقال الوزير خالد المحمد العلي، إن المشروع بدأ.|خالد المحمد العلي",
            "استقبل السلطان سعود بن فيصل المعظم الوفد في القصر.|سعود بن فيصل",
            "وحضر الأمير راشد بن منصور المفدى حفل التوقيع.|راشد بن منصور"})
    void theNameRunsToTheFamilyAndStopsBeforeTheEpithet(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(name).type(), x.names());
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream())
                .noneMatch(a -> a.endsWith("المعظم") || a.endsWith("المفدى") || a.contains("سيزور")), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المدير سامي الأحمد إن الأرباح زادت.|سامي الأحمد",
            "وقال سعيد الخالد الرئيس التنفيذي للشركة إن الأرباح زادت.|سعيد الخالد"})
    void oneArticledNameWithNoFamilyClosedAfterItStaysShort(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(name).type(), x.names());
    }
}
