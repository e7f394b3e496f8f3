package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «وعين بوزيان ناصر حمودي رئيسا»: after an Arabic verb of hiring, a person named right before another is the verb's
 * subject, who hires; the one named next is hired. A lone name after the verb stays the one hired. Texts written here.
 */
class ArabicHirerBeforeHiredTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أجرى الوزير الأول عبد المالك بوزيان حركة. وعين بوزيان ناصر حمودي رئيسا مديرا عاما لمجمع فرمال.|ناصر حمودي|بوزيان|مجمع فرمال",
            "وقالت الشركة إن رئيسها سمير قاسمي قرر التغيير. وعين قاسمي نبيل عمراني مديرا عاما لشركة سيدرال.|نبيل عمراني|قاسمي|سيدرال"})
    void theNameAfterTheSubjectIsHired(String text, String hired, String hirer, String org) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, hired, org), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.EMPLOYMENT_START, hirer, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعين الوزير ناصر حمودي رئيسا مديرا عاما لمجمع فرمال.|ناصر حمودي|مجمع فرمال",
            "وعينت الشركة سامي قرموش مديرا عاما لشركة سيدرال.|سامي قرموش|سيدرال"})
    void aLoneNameAfterTheVerbIsHired(String text, String hired, String org) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, hired, org), e.describeFacts());
    }
}
