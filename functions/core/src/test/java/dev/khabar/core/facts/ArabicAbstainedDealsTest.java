package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عزوف الشركات عن الاستثمار», «امتنعت عن الاستحواذ»: a deal word governed by «عن» after a word of refraining is what
 * was not done, no deal.
 */
class ArabicAbstainedDealsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتولى سامي حداد قيادة شركة النخيل في مرحلة اتسمت بعزوف الشركات الأجنبية عن الاستثمار.|INVESTMENT",
            "وامتنعت شركة المدار عن الاستحواذ على شركة النخيل.|ACQUISITION",
            "وتوقفت شركة الريان عن الاستثمار في شركة نون بعد الأزمة.|INVESTMENT",
            "وأعلنت شركة المدار إحجامها عن الاستحواذ على شركة النخيل هذا العام.|ACQUISITION"})
    void aDealRefrainedFromIsNone(String text, FactType type) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertFalse(e.hasFactOfType(type), e.describeFacts());
    }

    @Test
    void aDealAfterAnotherPrepositionStands() {
        Extracted e = Extracted.of("وأعلنت شركة المدار عن الاستحواذ على شركة النخيل مقابل 5 ملايين دولار.", "2025-03-01");
        assertTrue(e.hasFactByAlias(FactType.ACQUISITION, "شركة المدار", "شركة النخيل")
                || e.hasFactOfType(FactType.ACQUISITION), e.describeFacts());
    }
}
