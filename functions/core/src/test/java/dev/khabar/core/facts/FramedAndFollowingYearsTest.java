package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "the following year" counts from the year told before; a year only framing a reported day gives way to the day. */
class FramedAndFollowingYearsTest {
    @Test
    void theFollowingYearOfTheSameSentence() {
        Extracted x = Extracted.of("Orvel opened an office in Lagos in 2019, and hired Dana Pike to run it the following year.",
                "2025-06-01");
        assertEquals("2020", x.requireFact(FactType.EMPLOYMENT_START, "Dana Pike", "Orvel").date().value(), x.describeFacts());
    }

    @Test
    void theFollowingYearOfTheSentenceBefore() {
        Extracted x = Extracted.of("Orvel raised $2m in a seed round in 2016. "
                + "Vela Capital then returned for a $6m series A round in Orvel the following year.", "2025-06-01");
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.FUNDING_ROUND && f.amount() != null
                && f.amount().value().intValue() == 6_000_000 && "2017".equals(f.date().value())), x.describeFacts());
    }

    @Test
    void nextYearIsNoFollowingYear() {
        Extracted x = Extracted.of("Orvel opened an office in Lagos in 2019. Vela Capital invested $5m in Orvel, which plans to hire next year.",
                "2025-06-01");
        assertEquals("2025-06-01", x.requireFact(FactType.INVESTMENT, "Vela Capital", "Orvel").date().value(), x.describeFacts());
    }

    @Test
    void theDayOfTheReportBeforeThatOverTheYearFramingIt() {
        Extracted x = Extracted.of("قالت شركة زيتكو في بيان اليوم الثلاثاء إنها سرحت نحو 300 موظف، وهو الخفض الثاني هذا العام.",
                "2025-06-03");
        assertEquals("2025-06-03", x.requireFact(FactType.LAYOFF, "زيتكو", null).date().value(), x.describeFacts());
    }

    @Test
    void withoutAReportedDayTheYearStays() {
        Extracted x = Extracted.of("قالت شركة زيتكو إنها سرحت نحو 300 موظف، وهو الخفض الثاني هذا العام.", "2025-06-03");
        assertEquals("2025", x.requireFact(FactType.LAYOFF, "زيتكو", null).date().value(), x.describeFacts());
    }

    @Test
    void aDayWithoutItsYearGivesNoFollowingYear() {
        Extracted x = Extracted.of("Orvel Systems reported results on Tuesday. "
                + "Vela Capital then returned for a $6m series A round in Orvel Systems the following year.", "2025-06-01");
        assertEquals("2025-06-01", x.requireFact(FactType.FUNDING_ROUND, "Orvel Systems", null).date().value(), x.describeFacts());
    }
}
