package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * «وجهة جاذبة للاستثمارات», «لجذب الاستثمارات»: investment as what a country or a sector draws in is no one's
 * investment in the companies the sentence names. Texts written here.
 */
class ArabicAttractedInvestmentTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "وقال إن التعاون بين شركة \"نوران\" وشركة \"رافد\" يعزز مكانة الأردن كوجهة جاذبة للاستثمارات.",
            "وأكد أن اتفاق شركة \"نوران\" مع شركة \"رافد\" خطوة مهمة لاستقطاب الاستثمارات إلى قطاع الاتصالات."})
    void drawingInvestmentInIsNoInvestment(String text) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertFalse(ar.hasFactOfType(FactType.INVESTMENT), ar.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"وأعلنت شركة \"نوران\" استثمار 20 مليون دولار في شركة \"رافد\"."})
    void anInvestmentInACompanyStays(String text) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertTrue(ar.hasFactByAlias(FactType.INVESTMENT, "نوران", "رافد"), ar.describeFacts());
    }
}
