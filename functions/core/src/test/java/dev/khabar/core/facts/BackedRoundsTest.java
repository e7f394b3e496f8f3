package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A led a $7m series A round with B", "A backed a $2m seed round alongside B and C": a round that is an investor's
 * object belongs to the company the text is about; the investor and those with it invest in that company. Texts
 * written here.
 */
class BackedRoundsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velto has raised $9m in a seed round. Harbor Ventures, the fund of conglomerate Tessel, backed a $4m series A round in 2019 alongside Pax Capital and Mira Fund.|Velto|Harbor Ventures;Pax Capital;Mira Fund|4000000",
            "Velto makes soil sensors for farms. In 2018, Harbor Ventures led a $7 million Series A funding round with Pax Capital to help bring Velto to market.|Velto|Harbor Ventures;Pax Capital|7000000"})
    void theRoundIsTheStoryCompanys(String text, String raiser, String investors, long amount) {
        Extracted x = Extracted.of(text, "2024-05-10");
        for (String investor : investors.split(";")) {
            x.requireFact(FactType.INVESTMENT, investor, raiser);
        }
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.FUNDING_ROUND
                && f.amount() != null && f.amount().value().longValue() == amount), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velto has raised $9m in a seed round. Harbor Ventures, the fund of conglomerate Tessel, backed a $4m series A round in 2019 alongside Pax Capital and Mira Fund.|Harbor Ventures|Pax Capital",
            "Velto has raised $9m in a seed round. Harbor Ventures, the fund of conglomerate Tessel, backed a $4m series A round in 2019 alongside Pax Capital and Mira Fund.|Tessel|Velto"})
    void noInvestmentInCoInvestorsNorByAnAside(String text, String investor, String other) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.fact(FactType.INVESTMENT, investor, other).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velto raised $7 million in a Series A round led by Harbor Ventures.|Velto|1"})
    void aRoundLedByItsInvestorIsTheRaisersOwn(String text, String raiser, int rounds) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(rounds, x.document().facts().stream().filter(f -> f.type() == FactType.FUNDING_ROUND).count(), x.describeFacts());
        x.requireFact(FactType.FUNDING_ROUND, raiser, null);
    }

    @Test
    void aRoundWhoseCompanyIsNamedAfterItIsThatCompanys() {
        Extracted x = Extracted.of("Velto raised $9m in March. Harbor Ventures led a $6m series A round in Quimbo "
                + "Robotics.", "2025-05-05");
        x.requireFact(FactType.INVESTMENT, "Harbor Ventures", "Quimbo Robotics");
        assertTrue(x.fact(FactType.INVESTMENT, "Harbor Ventures", "Velto").isEmpty(), x.describeFacts());
    }
}
