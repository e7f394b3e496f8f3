package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * When a deal happened: a partnership a headline tells without a date takes the day the body then gives it («أمس
 * الثلاثاء»), whichever party the body names first; and a month stated in the clause wins over the year nearest the
 * trigger that it falls in («خلال الربع الأول من العام الحالي … خلال مارس الماضي»).
 */
class ArabicDealDatesTest {
    @Test
    void theBodysDayRefinesTheHeadlinesPartnership() {
        Extracted e = Extracted.of("""
                شركة الواحة وبنك الرواد يبرمان اتفاقية تعاون لتمويل المزارعين
                أبرم بنك الرواد، أمس الأحد، اتفاقية تعاون مع شركة الواحة لتقديم قروض ميسرة للمزارعين في الجنوب.
                """, "2025-03-10");
        Fact f = e.requireFactByAlias(FactType.PARTNERSHIP, "الواحة", "بنك الرواد");
        assertEquals("2025-03-09", f.date().value(), e.describeFacts());
    }

    @Test
    void aMonthInTheClauseWinsOverTheYearNearerTheTrigger() {
        Extracted e = Extracted.of("جمعت شركة زيتون تمويلا جديدا بقيمة 9 ملايين دولار. ويشارك في الجولة مستثمرون حاليون "
                + "في زيتون، منهم صندوق الأفق الذي أظهرت تقاريره خلال الربع الأول من العام الحالي ضخ نحو 5 ملايين دولار "
                + "في زيتون خلال مارس الماضي.", "2020-05-07");
        Fact f = e.requireFactByAlias(FactType.INVESTMENT, "صندوق الأفق", "زيتون");
        assertEquals("2020-03", f.date().value(), e.describeFacts());
    }
}
