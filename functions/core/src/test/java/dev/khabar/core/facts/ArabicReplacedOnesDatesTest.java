package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «اختارت X فلانا رئيسا تنفيذيا خلفا لعلان الذي أعلن نيته التقاعد في مارس»: the date in the relative clause about the one
 * replaced is his, not the newcomer's start, which the news dates to its month. Texts written here.
 */
class ArabicReplacedOnesDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "اختار بنك الواحة ماجد الحسن رئيسا تنفيذيا خلفا لسامي الدوسري الذي أعلن نيته التقاعد في مارس.",
            "اختار بنك الواحة ماجد الحسن رئيسا تنفيذيا جديدا بعد بحث طويل عن خليفة لسامي الدوسري الذي أعلن نيته التقاعد في مارس."})
    void theNewcomersStartIsNotDatedByTheOneReplaced(String text) {
        Extracted x = Extracted.of(text, "2024-07-15");
        assertEquals("2024-07-15", x.requireFactByAlias(FactType.EMPLOYMENT_START, "ماجد الحسن", "بنك الواحة").date().value(),
                x.describeFacts());
    }
}
