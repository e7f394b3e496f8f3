package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «العلي» is the family name Al-Ali: a preposition (على) never takes the article, so the word is no function word. */
class ArabicArticledPrepositionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عينت شركة الأفق للتجارة سامي العلي رئيسا تنفيذيا.|سامي العلي",
            "وقال خالد العلي، الرئيس التنفيذي لبنك الريان، إن الأرباح ارتفعت.|خالد العلي",
            "وقال الرئيس التنفيذي لبنك الريان محمد العلي إن الأرباح ارتفعت.|محمد العلي"})
    void alAliIsAFamilyName(String text, String person) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتوكلنا على الله العلي القدير في هذا المشروع.",
            "وقال إن الشركة تعتمد على العملاء في السوق."})
    void theWordInAPhraseNamesNoOne(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }
}
