package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic names of four words (given, father's, grandfather's and family names) and names whose given name «بن» joins
 * to the father's are one person, not two or a part. Texts written here.
 */
class ArabicFullNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن ماجد حمد سالم الشمري، الرئيس التنفيذي لشركة زيفرا، عن خطة جديدة.|ماجد حمد سالم الشمري|زيفرا",
            "وقال نادر يوسف بوخماس المزروعي، رئيس مجلس إدارة شركة نوفا، إن الأرباح ارتفعت.|نادر يوسف بوخماس المزروعي|نوفا",
            "وقعها شخبوط بن عبد الله الكتبي، نائب المدير العام لشركة نوفا.|شخبوط بن عبد الله الكتبي|نوفا",
            "حضر الحفل مروان فؤاد وسيف بن راشد الكعبي، رئيس مجلس إدارة شركة نوفا.|سيف بن راشد الكعبي|نوفا"})
    void theWholeNameHoldsTheTitle(String text, String name, String employer) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity person = x.spelled(name).orElseThrow(() -> new AssertionError(x.names()));
        assertEquals(EntityType.PERSON, person.type(), x.names());
        x.requireFactByAlias(FactType.ROLE, name, employer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a verb with its subject and object, two people side by side
            "سيخلف خالد يوسف ماجد الناصر في شركة رافد.|خالد يوسف|ماجد الناصر",
            // a list joined by و
            "وحضر الاجتماع خالد يوسف وماجد ناصر الشمري، المدير العام للشركة.|خالد يوسف|ماجد ناصر الشمري"})
    void twoPeopleStayTwo(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.spelled(first).orElseThrow(() -> new AssertionError(x.names()));
        x.spelled(second).orElseThrow(() -> new AssertionError(x.names()));
    }

    @Test
    void aTitleJoinedByAndOpensTheNextPerson() {
        Extracted x = Extracted.of("حضر الحفل رئيس شركة نوفا الطيب بن ذياب والمدير العام لشركة زيفرا.", "2025-01-01");
        assertTrue(x.spelled("ذياب والمدير").isEmpty(), x.names());
    }
}
