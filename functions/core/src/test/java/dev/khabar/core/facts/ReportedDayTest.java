package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** The day a deed was reported on ("announced Sunday that …") dates the deed told after it. Texts written here. */
class ReportedDayTest {
    private static final String WEDNESDAY = "2024-03-06";

    @Test
    void dayAfterTheReportingVerbDatesTheDealInItsThatClause() {
        Extracted en = Extracted.of("Harlow Foods and Pinecrest Dairy announced Sunday that the two companies had reached "
                + "an agreement which would see Harlow Foods acquiring Pinecrest Dairy.", WEDNESDAY);
        assertEquals("2024-03-03", en.requireFact(FactType.ACQUISITION, "Harlow Foods", "Pinecrest Dairy").date().value());
    }

    @Test
    void saidOnADayDatesTheLayoffItReports() {
        Extracted en = Extracted.of("Corvant Systems said on Tuesday that it will lay off 350 workers at its Ohio plant.",
                WEDNESDAY);
        assertEquals("2024-03-05", en.requireFact(FactType.LAYOFF, "Corvant Systems", null).date().value());
    }

    @Test
    void todayBeforeTheReportingVerbDatesTheDeparture() {
        Extracted en = Extracted.of("Tellmark Inc CEO Dana Whitfield today announced she is stepping down.", WEDNESDAY);
        assertEquals("2024-03-06", en.requireFact(FactType.EMPLOYMENT_END, "Dana Whitfield", "Tellmark Inc").date().value());
    }

    @Test
    void aDateInTheDeedsOwnClauseStillWins() {
        Extracted en = Extracted.of("Harlow Foods said Monday that it acquired Pinecrest Dairy in 2019.", WEDNESDAY);
        assertEquals("2019", en.requireFact(FactType.ACQUISITION, "Harlow Foods", "Pinecrest Dairy").date().value());
    }

    @Test
    void aDayNotBesideAReportingVerbLeavesThePublicationDay() {
        Extracted en = Extracted.of("Harlow Foods, which reported results Monday, agreed to acquire Pinecrest Dairy.",
                WEDNESDAY);
        assertEquals("2024-03-06", en.requireFact(FactType.ACQUISITION, "Harlow Foods", "Pinecrest Dairy").date().value());
    }

    @Test
    void aMonthFrontingTheSentenceDatesTheRoundItsReportTells() {
        Extracted en = Extracted.of("Finley Pay raises funds. In early February, Finley Pay announced that it raised $35m "
                + "in a round led by Harbor Capital.", WEDNESDAY);
        assertEquals("2024-02", en.requireFact(FactType.INVESTMENT, "Harbor Capital", "Finley Pay").date().value());
    }

    @Test
    void aDayFrontingTheSentenceDatesTheLayoffItsReportTells() {
        Extracted en = Extracted.of("On Monday, Corvant Systems said it will lay off 350 workers at its Ohio plant.",
                WEDNESDAY);
        assertEquals("2024-03-04", en.requireFact(FactType.LAYOFF, "Corvant Systems", null).date().value());
    }

    @Test
    void aFrontedSinceDatesAStateNotTheReport() {
        // "since January" tells how long something has held, not when the report was made
        Extracted en = Extracted.of("Since January, Finley Pay has said that it raised $35m in a round led by Harbor "
                + "Capital.", WEDNESDAY);
        assertEquals("2024-03-06", en.requireFact(FactType.INVESTMENT, "Harbor Capital", "Finley Pay").date().value());
    }
}
