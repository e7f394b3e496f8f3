package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After a title, «لولاية», «بمدينة» (a kind of place under ل or ب) and «بمضاعفة», «لمتابعة» (a form III verbal noun,
 * مفاعلة) open no person's name; a name after a title still does. Texts written here.
 */
class ArabicNounsOpeningNoNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويستعد الرئيس لولاية ثالثة بعد فوزه الكبير.",
            "وتعهد الوزير بمدينة جديدة للعمال في الشمال.",
            "وطالب المدير بمضاعفة الجهود في القطاع الزراعي.",
            "وأشاد الرئيس بمشاركة الشركات الناشئة في المعرض.",
            "ووجه المحافظ لمتابعة أعمال الصيانة في الطرق.",
            "وطالبت الوزيرة بمراجعة شاملة للعقود القديمة."})
    void aNounAfterATitleOpensNoPerson(String text) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المدير مازن الحربي إن المصنع سيتوسع.|مازن الحربي",
            "وأكد الرئيس التنفيذي باسل النعيمي أن الشركة ستنمو.|باسل النعيمي"})
    void aNameAfterATitleStillOpensOne(String text, String person) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, x.withAlias(person).type(), x.names());
    }
}
