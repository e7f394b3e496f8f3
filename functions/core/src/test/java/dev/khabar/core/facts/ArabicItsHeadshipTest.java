package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «وتولى فلان رئاستها التنفيذية»: its executive headship, of the organization named in an earlier sentence, is the CEO's
 * post taken; «رئاستها» alone names no post. Texts written here.
 */
class ArabicItsHeadshipTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تأسست شركة الريم للتقنية عام 2010. وتولى خالد العمر رئاستها التنفيذية في 2015.|خالد العمر|الريم للتقنية",
            "تأسس بنك الواحة عام 1990. وتولى ماجد الدوسري رئاسته التنفيذية خلفا لعلي الشمري.|ماجد الدوسري|بنك الواحة",
            "أعلنت مجموعة النخبة القابضة نتائجها السنوية. وتولى سامي الحربي رئاستها التنفيذية العام الماضي.|سامي الحربي|مجموعة النخبة القابضة"})
    void theExecutiveHeadshipIsTheCeosPost(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), x.describeFacts());
    }

    @Test
    void aHeadshipAloneNamesNoPost() {
        Extracted x = Extracted.of("تأسست شركة الريم للتقنية عام 2010. وتولى خالد العمر رئاستها في 2015.", "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.EMPLOYMENT_START, "خالد العمر", "الريم للتقنية"), x.describeFacts());
    }
}
