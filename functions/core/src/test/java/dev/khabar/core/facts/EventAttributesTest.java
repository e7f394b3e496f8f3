package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Dates, counts and posts of departures, hires and layoffs. Texts written here. */
class EventAttributesTest {
    @Test
    void aDepartureWithoutADateOfItsOwnIsNewsOfThePublicationMonth() {
        Extracted en = Extracted.of("Nimbus Labs said its chief executive Maria Olsen resigned.", "2023-03-14");
        assertEquals("2023-03", en.requireFact(FactType.EMPLOYMENT_END, "Maria Olsen", "Nimbus Labs").date().value());
    }

    @Test
    void aMonthSinceWhichAStateLastedDoesNotDateTheDeparture() {
        Extracted en = Extracted.of("Maria Olsen, who has been on medical leave since February, resigned from Nimbus Labs.",
                "2023-06-20");
        assertEquals("2023-06", en.requireFact(FactType.EMPLOYMENT_END, "Maria Olsen", "Nimbus Labs").date().value());
        Extracted ar = Extracted.of("أعلنت شركة نيمبوس استقالة رئيسها التنفيذي كريم حداد الذي كان في إجازة منذ شباط.",
                "2023-06-20");
        Fact left = ar.document().facts().stream().filter(f -> f.type() == FactType.EMPLOYMENT_END).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals("2023-06", left.date().value());
    }

    @Test
    void aLayoffWithoutADateIsNewsOfThePublicationMonth() {
        Extracted en = Extracted.of("Rivet Motors is laying off 120 employees, the company said.", "2022-11-03");
        Fact f = en.requireFact(FactType.LAYOFF, "Rivet Motors", null);
        assertEquals("2022-11", f.date().value());
        assertEquals(120, f.count());
    }

    @Test
    void theCountOfALayoffIsThePartNotTheWhole() {
        assertEquals(75, Extracted.of("Rivet Motors laid off 75 of its 600 employees on Monday.", "2022-11-09")
                .requireFact(FactType.LAYOFF, "Rivet Motors", null).count());
        assertEquals(40, Extracted.of("Rivet Motors cut 40 out of 310 jobs.", "2022-11-09")
                .requireFact(FactType.LAYOFF, "Rivet Motors", null).count());
        Extracted ar = Extracted.of("سرحت شركة ريفت موتورز 90 من أصل 700 موظف.", "2022-11-09");
        Fact f = ar.document().facts().stream().filter(x -> x.type() == FactType.LAYOFF).findFirst()
                .orElseThrow(() -> new AssertionError(ar.describeFacts()));
        assertEquals(90, f.count());
    }

    @Test
    void aDepartureToldWithoutItsPostTakesTheTitleGivenElsewhere() {
        Extracted en = Extracted.of("Nimbus Labs chief financial officer Maria Olsen spoke at the event. "
                + "Olsen quit Nimbus Labs weeks later.", "2023-03-14");
        assertEquals("CFO", en.requireFact(FactType.EMPLOYMENT_END, "Maria Olsen", "Nimbus Labs").role());
    }
}
