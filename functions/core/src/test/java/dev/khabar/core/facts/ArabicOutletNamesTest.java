package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «… نيوز», «… تايمز», «… برس»: Arabic outlets named with an English word of news; «الشركة» after a statement sent to
 * one stands for the company the story is about, never for the outlet, while a title naming the outlet is held there.
 */
class ArabicOutletNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت وزارة النفط اتفاقية مع شركة بترا للطاقة. ذكر ذلك مكتب الوزير في بيان ورد إلى \"سما نيوز\". وقال الوزير خلال استقباله نائب رئيس الشركة كريم حداد إن الاتفاق مهم.|كريم حداد|بترا للطاقة|سما نيوز",
            "وقعت هيئة الطرق عقدا مع شركة الروابي للاتصالات. ونقل ذلك موقع \"المدار تايمز\" عن مصدر رسمي. وأضاف نائب رئيس الشركة سامر الخطيب أن العمل يبدأ قريبا.|سامر الخطيب|الروابي للاتصالات|المدار تايمز"})
    void theCompanyIsNeverTheOutlet(String text, String person, String company, String outlet) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.ROLE, person, company), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.ROLE, person, outlet), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة بترا للطاقة اتفاقية مع وزارة النفط. وقال رئيس تحرير \"سما نيوز\" كريم حداد إن الاتفاق مهم.|كريم حداد|سما نيوز"})
    void aTitleNamingTheOutletIsHeldThere(String text, String person, String outlet) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.ROLE, person, outlet), e.describeFacts());
    }
}
