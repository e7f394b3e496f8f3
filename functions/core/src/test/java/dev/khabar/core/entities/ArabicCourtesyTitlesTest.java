package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «الرئيس التنفيذي لشركة X الدكتور Y»: a courtesy title written with the article (الدكتور، المهندس، الأستاذ، الشيخ،
 * الكابتن) after an organization's name opens the person's name and ends the organization's; right after the cue it is
 * the organization's own (مؤسسة الشيخ زايد). Texts written here.
 */
class ArabicCourtesyTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قدم الرئيس التنفيذي لشركة الواحة للأسمنت الدكتور فهد المطيري استقالته.|الواحة للأسمنت|فهد المطيري",
            "وقال رئيس مجلس إدارة بنك الريان المهندس خالد الشمري إن البنك سيوسع نشاطه.|بنك الريان|خالد الشمري",
            "وأعلن المدير العام لمجموعة السديم القابضة الأستاذ ناصر العتيبي عن خطة جديدة.|مجموعة السديم القابضة|ناصر العتيبي",
            "وأكد الرئيس التنفيذي لهيئة الطيران المدني الكابتن سامي الحربي أن الحركة زادت.|هيئة الطيران المدني|سامي الحربي"})
    void aCourtesyTitleEndsTheOrganizationsName(String text, String org, String person) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.hasTitleByAlias(person, org), e.describeFacts());
        assertTrue(e.document().entities().stream().noneMatch(x -> x.aliases().stream()
                .anyMatch(a -> a.startsWith(org + " "))), e.names());
    }

    @Test
    void aTitleRightAfterTheCueIsPartOfTheName() {
        Extracted e = Extracted.of("زار وفد من مؤسسة الشيخ زايد للأعمال الخيرية مقر الشركة.", "2024-05-10");
        e.withAlias("مؤسسة الشيخ زايد للأعمال الخيرية");
    }
}
