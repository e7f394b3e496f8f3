package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «علي» (Ali), which folds onto the preposition «على»: in a text that ends words with alif maqsura, the name written
 * with ya opens a person's name or stands as the father's; the preposition is never a mention. Texts written here.
 */
class ArabicAliNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال محمد علي الشامسي إن النتائج جيدة، وركز على الأرباح.|محمد علي الشامسي",
            "وقال علي حسن الغامدي إن الشركة ركزت على الأرباح.|علي حسن الغامدي",
            "وقع المذكرة أحمد علي مرزوق، المدير المالي للشركة، وأشار إلى الأرباح.|أحمد علي مرزوق",
            "وقال الرئيس التنفيذي لشركة سابك علي يوسف العتيبي إن الطلب عاد إلى النمو.|علي يوسف العتيبي"})
    void aliWrittenWithYaIsAName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.spelled(name).orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a writer who spells the preposition with ya as well («إلي», «علي») tells no name by it
            "ركزت شركة سابك علي تطوير الأعمال وانتقلت إلي مقر جديد.",
            "حصل فريق المبيعات علي جائزة كبيرة.",
            "ركزت شركة سابك على تطوير الأعمال وعلى خفض التكاليف."})
    void thePrepositionNamesNoOne(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال محمد علي إن الأرباح زادت. وركز الشامسي على خفض التكاليف.|محمد علي",
            "وأكد سامي علي أن الطلب قوي، مشيرا إلى أن الشركة تعتمد على التصدير.|سامي علي"})
    void thePrepositionIsNoLaterMentionOfTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        var person = x.spelled(name).orElseThrow(() -> new AssertionError(x.names()));
        assertTrue(!person.aliases().contains("على"), x.names());
    }
}
