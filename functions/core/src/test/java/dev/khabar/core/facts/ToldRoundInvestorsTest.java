package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence about a round told before, without its raiser's name, names more of its investors: "The round also
 * featured A and B", "The second tranche was led by A and included B", "A and B co-led the first tranche, investing
 * alongside C and D" (each described by its kind: "asset manager C"). Texts written here.
 */
class ToldRoundInvestorsTest {
    private static final String TOLD = "Velto has raised $40m in a series C round led by Harbor Ventures. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The series C round also featured media group Linden Media and Pax Capital, as well as Orel Partners.|Linden Media;Pax Capital;Orel Partners",
            "The $15m second tranche was led by investment group Orel Partners and included carmaker Tessel Group and Pax Capital.|Orel Partners;Tessel Group;Pax Capital",
            "Harbor Ventures and Tessel Group co-led the $25m first tranche of the round, investing alongside asset manager Pax Capital, shipping services group Orel Partners and Mira Fund.|Tessel Group;Pax Capital;Orel Partners;Mira Fund"})
    void eachNamedInvestsInTheRaiser(String followUp, String investors) {
        Extracted x = Extracted.of(TOLD + followUp, "2024-05-10");
        for (String investor : investors.split(";")) {
            x.requireFact(FactType.INVESTMENT, investor, "Velto");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harbor Ventures and Tessel Group co-led the first tranche of the round in March 2023, investing alongside Pax Capital.|Pax Capital|2023-03"})
    void aTrancheDatedInItsSentenceDatesItsInvestors(String followUp, String investor, String date) {
        Extracted x = Extracted.of(TOLD + followUp, "2024-05-10");
        assertEquals(date, x.requireFact(FactType.INVESTMENT, investor, "Velto").date().value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harbor Ventures and Tessel Group co-led the first tranche of the round, investing alongside Pax Capital.|Harbor Ventures|Pax Capital"})
    void coInvestorsAreNotInvestedIn(String followUp, String investor, String other) {
        Extracted x = Extracted.of(TOLD + followUp, "2024-05-10");
        assertTrue(x.fact(FactType.INVESTMENT, investor, other).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The series C round also featured Linden Media and then acquired company Orel Partners.|Orel Partners"})
    void aVerbBeforeAKindNounIsNoDescription(String followUp, String other) {
        Extracted x = Extracted.of(TOLD + followUp, "2024-05-10");
        assertTrue(x.fact(FactType.INVESTMENT, other, "Velto").isEmpty(), x.describeFacts());
    }

    @Test
    void alongsideOutsideTheLeadsClauseInvestsNothing() {
        Extracted x = Extracted.of("Velto raised $12m. Orla Fund led the round, and Mia Chen later joined alongside "
                + "Brisk Group as an adviser.", "2025-05-05");
        assertTrue(x.fact(FactType.INVESTMENT, "Brisk Group", "Velto").isEmpty(), x.describeFacts());
    }
}
