package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Arabic forms the trigger and count readers must see through: the present and future of «استغنى عن», a staff plural
 * in construct with a pronoun («من موظفيها»), and a feminine noun's dual before its complement («مذكرتي تفاهم»).
 */
class ArabicStaffCountsAndDualsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة فودافون أمس إنها ستستغني عن نحو 700 من موظفيها في مكاتبها الإقليمية.|700",
            "وأكدت مجموعة زين أنها تستغني عن 120 موظفا هذا الشهر ضمن خطة لخفض النفقات.|120",
            "وذكرت شركة إنتل أنها سرحت قرابة 250 من عامليها في مصنعها الجديد.|250"})
    void aCountOfTheCompanysOwnStaffIsLaidOff(String text, int count) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Fact f = x.document().facts().stream().filter(g -> g.type() == FactType.LAYOFF).findFirst().orElse(null);
        assertTrue(f != null, x.describeFacts());
        assertEquals(count, f.count(), x.describeFacts());
    }

    @Test
    void notDoingWithoutSomethingIsNoLayoff() {
        Extracted x = Extracted.of("وقال مدير شركة فودافون إن الشركة لا تستغني عن خبرات مهندسيها في أي مشروع جديد.", "2025-01-01");
        assertTrue(!x.hasFactOfType(FactType.LAYOFF), x.describeFacts());
        Extracted y = Extracted.of("قالت شركة زيلماكس إنها تستغني عن الغاز المستورد منذ العام الماضي.", "2025-01-01");
        assertTrue(!y.hasFactOfType(FactType.LAYOFF), y.describeFacts());
        Extracted z = Extracted.of("قالت شركة زيلماكس إنها ستستغني تدريجيا عن الغاز المستورد.", "2025-01-01");
        assertTrue(!z.hasFactOfType(FactType.LAYOFF), z.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت شركة أرامكو أمس مذكرتي تفاهم مع شركة سامسونج لتطوير حلول الطاقة.|Saudi Aramco|Samsung",
            "وأبرمت شركة إنتل اتفاقيتي تعاون مع شركة أوراكل في مجال الحوسبة.|Intel|Oracle"})
    void aDualAgreementNounIsAPartnership(String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.fact(FactType.PARTNERSHIP, a, b).isPresent() || x.fact(FactType.PARTNERSHIP, b, a).isPresent(),
                x.describeFacts());
    }

    @Test
    void aPossessiveOnAnotherNounIsNoDualAgreement() {
        Extracted x = Extracted.of("وقال رئيس شركة إنتل إن سياستي مع شركة أوراكل واضحة.", "2025-01-01");
        assertTrue(!x.hasFactOfType(FactType.PARTNERSHIP), x.describeFacts());
    }
}
