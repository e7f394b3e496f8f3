package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «قادت شركة X جولة تمويلية بقيمة … في شركة Y»: Y raises the round, X invests in it. Texts written here. */
class ArabicLedRoundsTest {
    @Test
    void theCompanyAfterFiRaisesTheRoundItsLeaderInvests() {
        Extracted ar = Extracted.of("أخبار\nقادت شركة أوريون جولة تمويلية بقيمة 20 مليون دولار في شركة كيلفو.", "2025-05-05");
        assertTrue(raises(ar, "كيلفو"), ar.describeFacts());
        assertTrue(ar.hasFactByAlias(FactType.INVESTMENT, "أوريون", "كيلفو"), ar.describeFacts());
    }

    @Test
    void theRaiserBeforeItsSum() {
        Extracted ar = Extracted.of("أخبار\nوقادت شركة أوريون جولة تمويل في كيلفو الناشئة بقيمة 5 ملايين دولار.", "2025-05-05");
        assertTrue(ar.hasFactByAlias(FactType.INVESTMENT, "أوريون", "كيلفو"), ar.describeFacts());
    }

    @Test
    void aMonthAfterFiNamesNoRaiser() {
        Extracted ar = Extracted.of("أخبار\nجمعت شركة كيلفو جولة تمويلية بقيمة 20 مليون دولار في مارس.", "2025-05-05");
        assertTrue(raises(ar, "كيلفو"), ar.describeFacts());
        assertEquals(0, ar.document().facts().stream().filter(f -> f.type() == FactType.INVESTMENT).count(), ar.describeFacts());
    }

    /** Whether the company spelled so raises a round in the text. */
    private static boolean raises(Extracted ar, String spelling) {
        String id = ar.spelled(spelling).orElseThrow().id();
        return ar.document().facts().stream().anyMatch(f -> f.type() == FactType.FUNDING_ROUND && f.subject().equals(id));
    }
}
