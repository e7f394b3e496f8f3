package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "X agreed to sell its retail operations in Oman to Y": the buyer takes an unnamed unit of the seller, which stands
 * for it; "the acquisition of payments firm X by Y": the one bought told with its kind. Texts written here.
 */
class OwnUnitSalesAndDescribedTargetsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-06-10");
    }

    @Test
    void theBuyerOfASellersOwnUnitAcquiresTheSeller() {
        Fact f = x("In May, Halden Bank said it would sell its retail lending business in Oman to Sohar Trust for $300m.")
                .requireFact(FactType.ACQUISITION, "Sohar Trust", "Halden Bank");
        assertEquals(300_000_000L, f.amount().value().longValue());
        x("Kestrel Freight sold its insurance unit to Norland Mutual.").requireFact(FactType.ACQUISITION, "Norland Mutual", "Kestrel Freight");
    }

    @Test
    void aStakeOrGoodsSoldTakeNothingOver() {
        Extracted stake = x("Kestrel Freight sold its stake to Norland Mutual.");
        Extracted goods = x("Kestrel Freight will sell its trucks to Norland Mutual.");
        assertTrue(stake.fact(FactType.ACQUISITION, "Norland Mutual", "Kestrel Freight").isEmpty(), stake.describeFacts());
        assertTrue(goods.fact(FactType.ACQUISITION, "Norland Mutual", "Kestrel Freight").isEmpty(), goods.describeFacts());
    }

    @Test
    void theOneBoughtMayBeToldWithItsKind() {
        x("The acquisition of payments firm Tandem by Zuri Bank surprised analysts.")
                .requireFact(FactType.ACQUISITION, "Zuri Bank", "Tandem");
        x("The takeover of a Danish shipping group Norden Line by Vesta Holdings closed in May.")
                .requireFact(FactType.ACQUISITION, "Vesta Holdings", "Norden Line");
    }

    @Test
    void goodsBoughtAreNoCompany() {
        Extracted x = x("The acquisition of new aircraft by Zuri Air was delayed.");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }
}
