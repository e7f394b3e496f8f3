package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "plans to leave in March", "is set to join in March": a move to come takes the next March; "left in March to join Y"
 * joined then, the purpose of a move told as done. Texts written here.
 */
class PlannedAndPurposeMovesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mary Cole left Kestrel Foods in March to join Norrland Tools as CFO.|EMPLOYMENT_START|Norrland Tools|2025-03",
            "Mary Cole left Kestrel Foods in March to join Norrland Tools as CFO.|EMPLOYMENT_END|Kestrel Foods|2025-03",
            "Mary Cole plans to leave Kestrel Foods in March.|EMPLOYMENT_END|Kestrel Foods|2026-03",
            "Mary Cole is set to join Norrland Tools in March.|EMPLOYMENT_START|Norrland Tools|2026-03",
            "Mary Cole is expected to step down from Kestrel Foods in March.|EMPLOYMENT_END|Kestrel Foods|2026-03"})
    void theMonthIsThePastOneUnlessTheMoveIsPlanned(String text, FactType type, String org, String month) {
        Extracted e = Extracted.of(text, "2025-11-20");
        assertEquals(month, e.requireFact(type, "Mary Cole", org).date().value(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Foods cut 400 jobs due to slow sales in March.|2025-03",
            "Kestrel Foods is to cut 400 jobs in March.|2026-03"})
    void dueToACauseIsNoPlan(String text, String month) {
        Extracted e = Extracted.of(text, "2025-11-20");
        assertEquals(month, e.requireFact(FactType.LAYOFF, "Kestrel Foods", null).date().value(), e.describeFacts());
    }
}
