package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «حسب مسح أجرته "أرقام" … منها استقالة فلان»: a departure naming no company falls back on the story's company, but
 * never on the outlet the story reports from (Argaam, the Saudi financial news site, is one), which employs none of
 * those it counts. Texts written here.
 */
class ArabicOutletTopicsTest {
    @Test
    void theOutletCountingResignationsLostNobody() {
        Extracted x = Extracted.of("حسب مسح أجرته «أرقام» على الشركات المدرجة. وبلغ عدد الاستقالات 30 استقالة، منها "
                + "استقالة سامي الخطيب ورامي حداد.", "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_END), x.describeFacts());
    }

    @Test
    void theStorysCompanyStillLosesItsLeaver() {
        Extracted x = Extracted.of("أعلنت شركة زيلماكس نتائجها السنوية. وقدم سامي الخطيب استقالته من منصب المدير المالي.",
                "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "سامي الخطيب", "زيلماكس"), x.describeFacts());
    }
}
