package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "has raised this capital from A, B and C": the sum told before, named again to give its investors. They invest in the
 * raiser of the round told last, and the sentence adds no second round. Texts written here.
 */
class ToldRoundInvestorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvane Mobility has raised $4 million in a seed round. The Pune-based startup has raised this capital from Blue Hill Ventures, Orchard Point Partners and SeedWorks.|SeedWorks|Corvane Mobility",
            "Tessaly Foods raised $9 million in a Series A round. The company raised the money from Copper Ventures and Delta Angels, its founder said.|Copper Ventures|Tessaly Foods",
            "Brightmoor Health said it raised $12 million in funding on Monday. It raised these funds from Kestrel Capital, Halcyon Ventures and Marlow Partners.|Halcyon Ventures|Brightmoor Health"})
    void theListedFirmsInvestInTheRoundToldBefore(String text, String investor, String raiser) {
        Extracted e = Extracted.of(text, "2024-05-02");
        e.requireFact(FactType.INVESTMENT, investor, raiser);
        long rounds = e.document().facts().stream().filter(f -> f.type() == FactType.FUNDING_ROUND).count();
        assertEquals(1, rounds, e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvane Mobility raised $4 million in May 2024. The startup, set up last year by Ravi Menon, has raised this capital from Blue Hill Ventures.|Blue Hill Ventures|Corvane Mobility",
            "Tessaly Foods raised $9 million in May 2024. The firm, founded in 2019, raised the money from Copper Ventures and Delta Angels.|Delta Angels|Tessaly Foods"})
    void theInvestorsTakeTheRoundsDateNotAnAsidesOne(String text, String investor, String raiser) {
        Extracted e = Extracted.of(text, "2024-06-02");
        var round = e.document().facts().stream().filter(f -> f.type() == FactType.FUNDING_ROUND).findFirst().orElseThrow();
        assertEquals(round.date(), e.requireFact(FactType.INVESTMENT, investor, raiser).date(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The report said the fund raised this capital from Kestrel Capital last year.",
            "Analysts said the money came from Kestrel Capital and Halcyon Ventures."})
    void noRoundToldNoInvestors(String text) {
        Extracted e = Extracted.of(text, "2024-05-02");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), e.describeFacts());
    }
}
