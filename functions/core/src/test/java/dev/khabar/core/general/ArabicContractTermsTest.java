package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «ومدة العقد 18 شهرا», «وقيمة العقد …»: the contract a sentence already told, named again by its term or value between
 * the items of a series, is no new contract between the contractors named around it; each keeps the series' client.
 */
class ArabicContractTermsTest {
    private static final String TEXT = """
            وقعت وزارة النقل أمس عقدا مع شركة الريم للمقاولات بقيمة 20 مليون ريال لصيانة جسور العاصمة.
            وفي منطقة تبوك، تم توقيع عقد مشروع صيانة طرق مع مؤسسة فهد سالم العنزي للمقاولات بمبلغ 12 مليون ريال ومدة العقد 18 شهرا، ومشروع إنارة الطرق الزراعية بتبوك مع شركة الوادي للإنشاءات بـ 8 ملايين ريال وقيمة العقد تشمل الصيانة.
            """;

    @Test
    void eachContractorKeepsTheSeriesClient() {
        Extracted e = Extracted.of(TEXT, "2025-03-01");
        assertTrue(e.hasFactByAlias(FactType.CONTRACT, "مؤسسة فهد سالم العنزي للمقاولات", "وزارة النقل"), e.describeFacts());
        assertTrue(e.hasFactByAlias(FactType.CONTRACT, "الوادي للإنشاءات", "وزارة النقل"), e.describeFacts());
    }

    @Test
    void theTermOfTheToldContractPairsNoContractors() {
        Extracted e = Extracted.of(TEXT, "2025-03-01");
        assertFalse(e.hasFactByAlias(FactType.CONTRACT, "الوادي للإنشاءات", "مؤسسة فهد سالم العنزي للمقاولات"), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.CONTRACT, "مؤسسة فهد سالم العنزي للمقاولات", "الوادي للإنشاءات"), e.describeFacts());
    }
}
