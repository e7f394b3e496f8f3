package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تعاقدت الوزارة مع شركة X», «كلفت الوزارة شركة X بتنفيذ …», «اختارت أرامكو شركة X لبناء …», «أسندت الهيئة إلى شركة
 * X تنفيذ …», «حازت X على عقد من Y»: the company contracted, charged with the work or winning holds a contract with the
 * other party. Texts written here.
 * Those making none: {@link DealsNotMadeTest}.
 */
class ArabicContractingAndChargingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تعاقدت وزارة الصحة مع شركة سنام للتقنية لتوريد أجهزة طبية.|سنام للتقنية|وزارة الصحة",
            "تعاقدت وزارة الصحة مع شركة سنام للتقنية.|سنام للتقنية|وزارة الصحة",
            "وصادقت لجنة العطاءات على تعاقد هيئة الطرق مع شركة سنام للتقنية لتركيب الإشارات.|سنام للتقنية|هيئة الطرق",
            "كلفت وزارة الأشغال شركة الفجر للمقاولات بتنفيذ مشروع الطريق الدائري.|شركة الفجر للمقاولات|وزارة الأشغال",
            "وزارة الأشغال كلفت شركة الفجر للمقاولات ببناء جسر جديد.|شركة الفجر للمقاولات|وزارة الأشغال",
            "اختارت شركة أرامكو السعودية شركة ركائز للهندسة لتنفيذ مشروع التوسعة.|ركائز للهندسة|Saudi Aramco",
            "أسندت وزارة الأشغال إلى شركة الفجر للمقاولات تنفيذ مشروع الطريق الدائري.|شركة الفجر للمقاولات|وزارة الأشغال",
            "حازت شركة لؤلؤة الخليج على عقد لتطوير مطار الدوحة من هيئة الطيران المدني.|لؤلؤة الخليج|هيئة الطيران المدني"})
    void theCompanyDoingTheWorkHoldsTheContract(String text, String holder, String client) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.CONTRACT, holder, client), x.describeFacts());
    }

    /** The body approving another's contracting is party to no contract. */
    @Test
    void theApproverOfTheContractingIsNoClient() {
        Extracted x = Extracted.of("وصادقت لجنة العطاءات على تعاقد هيئة الطرق مع شركة سنام للتقنية لتركيب الإشارات.", "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, "سنام للتقنية", "لجنة العطاءات"), x.describeFacts());
    }
}
