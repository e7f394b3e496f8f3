package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name's لل field may join a second one written as a construct («للطاقة وخدمات الموانئ»); a verb, a cue or a title
 * joined by و after the field opens what comes next.
 */
class ArabicJoinedConstructFieldsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة الواحة للطاقة وخدمات الموانئ عن أرباح قياسية.|شركة الواحة للطاقة وخدمات الموانئ",
            "وقعت جامعة الملك فهد للبترول وهندسة المعادن اتفاقية بحثية.|جامعة الملك فهد للبترول وهندسة المعادن"})
    void theJoinedFieldBelongsToTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تأسست شركة الواحة للتقنية وتهدف الشركة إلى التوسع.|شركة الواحة للتقنية",
            "باعت شركة الواحة للتقنية وحدتها وقال المدير إن الصفقة تمت.|شركة الواحة للتقنية",
            "وقعت شركة الواحة للتقنية وشركة النور اتفاقية.|شركة الواحة للتقنية"})
    void aJoinedVerbOrCueEndsTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream())
                .noneMatch(a -> a.startsWith(name + " ")), x.names());
    }
}
