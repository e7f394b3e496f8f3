package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A listed investor told with what kind of investor it is before its name ("and venture investor X", "and sovereign
 * wealth fund Y") is a member of the list as "and growth equity firm X" is. Texts written here.
 */
class DescribedInvestorsInListsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aVentureInvestorAfterAFirm() {
        Extracted e = x("Lumora has raised $12 million in a Series A round. The round was backed by growth equity firm "
                + "Northwind Ventures and venture investor Helix Capital.");
        e.requireFact(FactType.INVESTMENT, "Northwind Ventures", "Lumora");
        e.requireFact(FactType.INVESTMENT, "Helix Capital", "Lumora");
    }

    @Test
    void aSovereignFundEndingTheList() {
        Extracted e = x("Pavonis Energy raised $60 million in a round led by Orchid Capital, with participation from "
                + "Maple Partners and sovereign wealth fund Cedar Holdings.");
        e.requireFact(FactType.INVESTMENT, "Maple Partners", "Pavonis Energy");
        e.requireFact(FactType.INVESTMENT, "Cedar Holdings", "Pavonis Energy");
    }

    @Test
    void aBackerNamedByItsKind() {
        x("Tidewell secured $9 million from Larkspur Capital and longtime backer Quarry Ventures.")
                .requireFact(FactType.INVESTMENT, "Quarry Ventures", "Tidewell");
    }

    @Test
    void aDescribedInvestorWhoSpeaksOpensAClause() {
        Extracted e = x("Tidewell secured $9 million from Larkspur Capital, and rival firm Quarry Ventures said it "
                + "would not join.");
        e.requireFact(FactType.INVESTMENT, "Larkspur Capital", "Tidewell");
        assertTrue(e.fact(FactType.INVESTMENT, "Quarry Ventures", "Tidewell").isEmpty(), e.describeFacts());
    }
}
