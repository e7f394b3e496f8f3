package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/**
 * «نقلت صحيفة X أن شركة Y … وقال المدير العام للشركة فلان»: a periodical named by its head noun («صحيفة», «جريدة»,
 * «مجلة») reports on the company and is never the one «الشركة» stands for; «الصحيفة» still does. Texts written here.
 */
class ArabicPeriodicalAnaphorsTest {
    @Test
    void theCompanyIsNotThePaperThatReportsIt() {
        Extracted x = Extracted.of("نقلت صحيفة الوسيط المغربية الأحد أن شركة طيران الخليج تنوي تسريح 200 موظف. وقال المدير "
                + "العام للشركة منير الصافي للصحيفة إن الخطة تشمل فروعا خارجية.", "2025-01-01");
        assertTrue(x.hasTitleByAlias("منير الصافي", "طيران الخليج"), x.describeFacts());
        assertFalse(x.hasTitleByAlias("منير الصافي", "صحيفة الوسيط"), x.describeFacts());
    }

    @Test
    void thePaperIsStillItsOwnAnaphor() {
        Extracted x = Extracted.of("نقلت صحيفة الوسيط المغربية الأحد أن شركة طيران الخليج تنوي تسريح 200 موظف. وقال رئيس "
                + "تحرير الصحيفة منير الصافي إن الخبر دقيق.", "2025-01-01");
        assertTrue(x.hasTitleByAlias("منير الصافي", "صحيفة الوسيط"), x.describeFacts());
    }
}
