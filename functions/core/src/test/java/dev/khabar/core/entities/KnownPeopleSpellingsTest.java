package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known people in their usual Arabic spellings; a family name several known people share names none of them alone. */
class KnownPeopleSpellingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال بات غيلسنغر إن الشركة ستبني مصنعا جديدا.|Pat Gelsinger",
            "وسلم المدير السابق زمام الأمور إلى غيوم فوري في أبريل.|Guillaume Faury",
            "وأعلن سميح ساويرس أنه لن يرشح نفسه مجددا لرئاسة المجلس.|Samih Sawiris"})
    void aKnownPersonIsFoundInArabic(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity("Naguib Sawiris").isEmpty(), x.names());
    }
}
