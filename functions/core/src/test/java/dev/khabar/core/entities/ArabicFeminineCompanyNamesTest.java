package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «شركة تمرة للتقنية», «شركة دانة القابضة»: a feminine word after «شركة» followed by the company's field or «القابضة»
 * is its name; an adjective of its kind (تابعة، ناشئة، خاصة), a nisba or a participle stays what the company is. Texts
 * written here.
 */
class ArabicFeminineCompanyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة دانة القابضة على شركة ريم للأغذية.|دانة",
            "جمعت شركة تمرة للتقنية 50 مليون دولار.|تمرة للتقنية",
            "استحوذت شركة كرمة للاستثمار على شركة ريم للأغذية.|كرمة للاستثمار",
            "وقعت شركة ثقة للتمويل عقداً مع وزارة المالية.|ثقة للتمويل"})
    void theFeminineWordIsTheName(String text, String company) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(company).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة تابعة للمجموعة على مصنع صغير.",
            "جمعت شركة ناشئة للتقنية المالية 50 مليون دولار.",
            "أسست الحكومة شركة مساهمة للتأمين.",
            "قالت شركة صينية للاتصالات إنها ستبني محطة.",
            "قالت شركة جديدة للطاقة إنها ستبني محطة."})
    void aWordOfKindNamesNothing(String text) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }
}
