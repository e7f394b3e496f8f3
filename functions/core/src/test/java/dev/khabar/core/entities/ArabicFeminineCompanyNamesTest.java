package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
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
            "استحوذت شركة دانة القابضة على شركة ريم للأغذية.|دانة القابضة",
            "جمعت شركة تمرة للتقنية 50 مليون دولار.|تمرة للتقنية",
            "استحوذت شركة كرمة للاستثمار على شركة ريم للأغذية.|كرمة للاستثمار",
            "وقعت شركة ثقة للتمويل عقداً مع وزارة المالية.|ثقة للتمويل",
            "قادت شركة سند كابيتال جولة تمويلية بقيمة 10 ملايين دولار في شركة تمرة.|تمرة",
            "استثمر صندوق واعد في شركة سلة، وهي منصة للتجارة الإلكترونية.|سلة",
            "جمعت شركة سلة Salla مبلغ 130 مليون دولار.|Salla",
            "وأعلنت شركة سدرة للأغذية عن نتائجها أمس.|سدرة للأغذية",
            "وأسس يوسف الكندي شركة سحابة للحلول الرقمية عام 2015.|سحابة للحلول الرقمية",
            "وقالت شركة واحة للاستثمار إن المبيعات ارتفعت.|واحة للاستثمار",
            "وعينت شركة راية للتوظيف سارة المنصوري مديرة عامة لها.|راية للتوظيف"})
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
            "انضم إلى شركة منافسة.",
            "وقالت شركة مملوكة للدولة إن المبيعات ارتفعت.",
            "وتملك المجموعة شركة قابضة للاستثمار في الخارج.",
            "وتعاقدت الوزارة مع شركة خاصة للأمن لحماية المباني.",
            "واستعانت الحكومة بشركة عالمية للاستشارات."})
    void aWordOfKindNamesNothing(String text) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }

    @Test
    void itsChairmanTitledBeforeTheNameHoldsARole() {
        Extracted x = Extracted.of("وقال رئيس مجلس إدارة شركة سدرة للأغذية، منصور الدوسري، إن النتائج قوية.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "منصور الدوسري", "سدرة للأغذية"), x.describeFacts());
    }
}
