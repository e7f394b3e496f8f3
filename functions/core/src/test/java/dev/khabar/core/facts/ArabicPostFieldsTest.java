package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deal noun that is a title's field («الرئيس التنفيذي للاستثمار», «مدير الاستثمار») tells no deal. */
class ArabicPostFieldsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الحربي، الرئيس التنفيذي للاستثمار في شركة الأفق للتجارة، إن النمو قوي.",
            "وقال مدير الاستثمار في بنك الريان سامي الحربي إن السوق واعدة.",
            "وقال سامي الحربي، رئيس الاستحواذات في شركة الأفق للتجارة، إن الصفقات زادت."})
    void aPostsFieldIsNoDeal(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream()
                .anyMatch(f -> f.type() == FactType.INVESTMENT || f.type() == FactType.ACQUISITION), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال الرئيس التنفيذي لشركة الأفق للتجارة إن الشركة استحوذت على شركة نجمة للإعلام.|ACQUISITION",
            "واستثمرت شركة الأفق للتجارة في شركة نجمة للإعلام.|INVESTMENT"})
    void aDealAfterATitlesCompanyStays(String text, FactType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(type, "شركة الأفق للتجارة", "نجمة للإعلام"), x.describeFacts());
    }
}
