package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * «عقود» counts decades when a span word stands before the count of them («منذ ثلاثة عقود», «لما يقرب من أربعة
 * عقود»): no contract; a count of contracts signed still is one.
 */
class ArabicDecadeCountsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "وقال إن سامي حداد سيترك منصبه بعد قيادة شركة النخيل لما يقرب من ثلاثة عقود.",
            "وتعمل شركة المدار مع شركة النخيل منذ أربعة عقود في مجال الشحن.",
            "وقاد ماجد ناصر شركة الريان طوال خمسة عقود قبل أن يتقاعد.",
            "وظل خالد يوسف في شركة نون لما يقارب 3 عقود."})
    void aSpanOfDecadesIsNoContract(String text) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertFalse(e.hasFactOfType(FactType.CONTRACT), e.describeFacts());
    }

    @Test
    void threeContractsSignedAreAContract() {
        Extracted e = Extracted.of("ووقعت شركة النخيل ثلاثة عقود مع شركة المدار بقيمة 5 ملايين دولار.", "2025-03-01");
        assertTrue(e.hasFactOfType(FactType.CONTRACT), e.describeFacts());
    }
}
