package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Every investor a round names after its lead, and people a company only describes as backers. Texts written here. */
class CoordinatedInvestorsTest {
    @Test
    void investorsSupportingARoundInvestLikeItsLead() {
        Extracted x = Extracted.of("Tallyo has raised $8 million in a Series A round led by Northzone and supported by "
                + "Seedcamp, Kima Ventures and Frontline Ventures.", "2023-04-02");
        for (String investor : new String[] {"Northzone", "Seedcamp", "Kima Ventures", "Frontline Ventures"}) {
            x.requireFact(FactType.INVESTMENT, investor, "Tallyo");
        }
    }

    @Test
    void aSecondMarkerAfterTheLeadCarriesItsOwnList() {
        Extracted x = Extracted.of("Brightwell raised $3 million, led by Atomico, and supported by Speedinvest and "
                + "Cherry Ventures.", "2023-04-02");
        x.requireFact(FactType.INVESTMENT, "Atomico", "Brightwell");
        x.requireFact(FactType.INVESTMENT, "Speedinvest", "Brightwell");
        x.requireFact(FactType.INVESTMENT, "Cherry Ventures", "Brightwell");
    }

    @Test
    void aBackerDescribedByHisCompanyIsTheInvestorNotTheCompany() {
        Extracted x = Extracted.of("Parcelio is backed by Stripe co-founder John Collison and Spotify chairman Daniel Ek.",
                "2023-04-02");
        x.requireFact(FactType.INVESTMENT, "John Collison", "Parcelio");
        x.requireFact(FactType.INVESTMENT, "Daniel Ek", "Parcelio");
        assertTrue(x.fact(FactType.INVESTMENT, "Stripe", "Parcelio").isEmpty(), x.describeFacts());
    }

    @Test
    void aBuyerDescribedByHisCompanyIsTheBuyer() {
        Extracted x = Extracted.of("The newspaper was acquired by Amazon founder Jeff Bezos in 2013.", "2023-04-02");
        Extracted y = Extracted.of("Halden Farms was bought by Google co-founder Sergey Brin last year.", "2023-04-02");
        assertTrue(x.fact(FactType.ACQUISITION, "Amazon", null).isEmpty(), x.describeFacts());
        y.requireFact(FactType.ACQUISITION, "Sergey Brin", "Halden Farms");
        assertTrue(y.fact(FactType.ACQUISITION, "Google", "Halden Farms").isEmpty(), y.describeFacts());
    }
}
