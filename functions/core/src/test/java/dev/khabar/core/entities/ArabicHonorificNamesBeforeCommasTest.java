package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «السيد الطاهر البوزيدي،»: between an honorific and a comma, the name words are the whole name, a given name with the
 * article or three words without one among them; a title there names no one. Texts written here.
 */
class ArabicHonorificNamesBeforeCommasTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعين المجلس السيد الطاهر البوزيدي، مديرا للموارد البشرية.|الطاهر البوزيدي",
            "وعين المجلس السيد مولاي احمد الشرقاوي، مديرا لوكالة التنمية.|مولاي احمد الشرقاوي",
            "وعينت السيدة الزهرة بنعلي، كاتبة عامة للوزارة.|الزهرة بنعلي"})
    void theWordsUpToTheCommaAreTheName(String text, String person) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.withAlias(person).type(), e.names());
    }

    @Test
    void aTitleAfterTheHonorificNamesNoOne() {
        Extracted e = Extracted.of("وشكر السيد الرئيس المدير العام، على جهوده.", "2024-05-10");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.PERSON), e.names());
    }
}
