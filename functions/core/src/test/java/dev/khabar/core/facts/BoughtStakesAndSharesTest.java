package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A verb of buying whose object is another owner's stake ("buy Acme's 40% stake in X") buys a share of X from Acme,
 * not Acme; a verb whose object is shares of a kind ("acquired secondary shares in X") takes a stake in X, not X.
 * Texts written here.
 */
class BoughtStakesAndSharesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theSellerOfAMinorityStakeIsNotBought() {
        Extracted e = x("Harbor Group acquired Cedar Holding's 30% stake in Pellucid Health.");
        e.requireFact(FactType.INVESTMENT, "Harbor Group", "Pellucid Health");
        assertTrue(e.fact(FactType.ACQUISITION, "Harbor Group", "Cedar Holding").isEmpty(), e.describeFacts());
    }

    @Test
    void aMajorityStakeFromItsOwnerBuysTheCompany() {
        Extracted e = x("Talvora Partners will purchase Orrin Capital’s 65 percent stake in Brisk Logistics.");
        e.requireFact(FactType.ACQUISITION, "Talvora Partners", "Brisk Logistics");
        assertTrue(e.fact(FactType.ACQUISITION, "Talvora Partners", "Orrin Capital").isEmpty(), e.describeFacts());
    }

    @Test
    void aStakeInPercentWordsFromItsOwnerIsTheBuyers() {
        Extracted e = x("Talvora Partners acquired Orrin Capital's 30 percent stake in Brisk Logistics.");
        e.requireFact(FactType.INVESTMENT, "Talvora Partners", "Brisk Logistics");
        assertTrue(e.fact(FactType.INVESTMENT, "Orrin Capital", "Brisk Logistics").isEmpty(), e.describeFacts());
    }

    @Test
    void aStakeHeldStaysItsOwners() {
        x("Orrin Capital's 30 percent stake in Brisk Logistics is worth $4 million.")
                .requireFact(FactType.INVESTMENT, "Orrin Capital", "Brisk Logistics");
    }

    @Test
    void theOwnersStakeWithoutItsCompanyBuysNoOwner() {
        Extracted e = x("Meridia Bank is buying Quarry Ventures' entire stake for an undisclosed sum.");
        assertTrue(e.fact(FactType.ACQUISITION, "Meridia Bank", "Quarry Ventures").isEmpty(), e.describeFacts());
    }

    @Test
    void sharesOfAKindAreAStake() {
        Extracted e = x("Harbor Group has also acquired secondary shares in Pellucid Health.");
        e.requireFact(FactType.INVESTMENT, "Harbor Group", "Pellucid Health");
        assertTrue(e.fact(FactType.ACQUISITION, "Harbor Group", "Pellucid Health").isEmpty(), e.describeFacts());
        x("Orrin Capital bought additional preferred shares of Brisk Logistics in March.")
                .requireFact(FactType.INVESTMENT, "Orrin Capital", "Brisk Logistics");
    }

    @Test
    void aCompanyBoughtOutrightStaysAnAcquisition() {
        x("Harbor Group acquired Pellucid Health, its rival's supplier, last year.")
                .requireFact(FactType.ACQUISITION, "Harbor Group", "Pellucid Health");
    }
}
