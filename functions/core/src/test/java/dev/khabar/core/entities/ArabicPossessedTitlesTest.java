package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «رئيس تحريرها فهد المطيري»: a title whose closing genitive carries the pronoun of its employer is still the title,
 * so the person's name starts after it and not on «تحريرها». Texts written here.
 */
class ArabicPossessedTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأقالت صحيفة الرؤية رئيس تحريرها فهد المطيري.|فهد المطيري",
            "وأكد مدير تحريرها نبيل حداد أن الصحيفة ستتوسع.|نبيل حداد",
            "وعينت مجلة الأفق رئيس تحريره الجديد سامر النجار.|سامر النجار",
            "وأعلنت شركة النور أن رئيس مجلس إدارتها خالد العمري استقال.|خالد العمري"})
    void theNameStartsAfterThePossessedTitle(String text, String name) {
        Extracted e = Extracted.of(text, "2025-05-05");
        assertEquals(EntityType.PERSON, e.withAlias(name).type(), e.names());
        assertTrue(e.document().entities().stream().noneMatch(x -> x.name().contains("تحرير")), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال رئيس تحريرها إن الصحيفة ستتوسع العام المقبل.",
            "وأقالت الصحيفة مدير تحريرها بعد خلاف على الخط التحريري."})
    void aPossessedTitleWithoutANameNamesNoOne(String text) {
        Extracted e = Extracted.of(text, "2025-05-05");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.PERSON), e.names());
    }
}
