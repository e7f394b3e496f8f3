package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The purchase of most of X's stores by Y": a deal noun's "of" may name a share of a company or a part of it before
 * the "by" of its buyer; the company is the one bought. Texts written here.
 */
class PartsBoughtByTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "The purchase of most of Quorva Retail's stores by Tellmark Inc closed last year.",
            "The acquisition of Quorva Retail's pharmacy unit by Tellmark Inc was completed in May.",
            "The purchase of a majority of Quorva Retail's assets by Tellmark Inc closed last year.",
            "Regulators cleared the takeover of the majority of Quorva Retail by Tellmark Inc."})
    void theCompanyWhosePartIsBoughtIsTheTarget(String text) {
        Extracted.of(text, "2024-01-01").requireFact(FactType.ACQUISITION, "Tellmark Inc", "Quorva Retail");
    }

    @Test
    void aPartOfNoCompanyIsNoAcquisition() {
        Extracted x = Extracted.of("The purchase of most of the stores by Tellmark Inc closed last year.", "2024-01-01");
        assertFalse(x.hasFactOfType(FactType.ACQUISITION), x.describeFacts());
    }

    @Test
    void aPartBoughtByNoCompanyIsNoAcquisition() {
        Extracted x = Extracted.of("The purchase of Quorva Retail's shares by small investors rose in May.", "2024-01-01");
        assertFalse(x.hasFactOfType(FactType.ACQUISITION), x.describeFacts());
    }
}
