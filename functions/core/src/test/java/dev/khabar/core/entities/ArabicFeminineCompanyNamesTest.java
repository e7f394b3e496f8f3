package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «شركة تمرة للتقنية», «شركة دانة القابضة», «في شركة سلة،»: a feminine word after «شركة» followed by the company's
 * field, «القابضة», punctuation or its Latin spelling is its name; an adjective of its kind (تابعة، ناشئة، خاصة), a
 * nisba, a participle or what the company does (وساطة) stays a common word. Texts written here.
 */
class ArabicFeminineCompanyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة دانة القابضة على شركة ريم للأغذية.|دانة",
            "جمعت شركة تمرة للتقنية 50 مليون دولار.|تمرة للتقنية",
            "استحوذت شركة كرمة للاستثمار على شركة ريم للأغذية.|كرمة للاستثمار",
            "وقعت شركة ثقة للتمويل عقداً مع وزارة المالية.|ثقة للتمويل",
            "قادت شركة سند كابيتال جولة تمويلية بقيمة 10 ملايين دولار في شركة تمرة.|تمرة",
            "استثمر صندوق واعد في شركة سلة، وهي منصة للتجارة الإلكترونية.|سلة",
            "جمعت شركة سلة Salla مبلغ 130 مليون دولار.|Salla"})
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
            "قالت شركة جديدة للطاقة إنها ستبني محطة.",
            "أسس رجل الأعمال شركة وساطة.",
            "باع المستثمر حصته في شركة خاسرة.",
            "انضم إلى شركة منافسة."})
    void aWordOfKindNamesNothing(String text) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }
}
