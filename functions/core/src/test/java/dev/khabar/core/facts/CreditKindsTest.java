package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Buy now, pay later" names a kind of credit, not a purchase; "buy" elsewhere stays one. Texts written here. */
class CreditKindsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Paylane launched Paylane Flex, a buy-now-pay-later product for merchants.",
            "Paylane, which offers buy now pay later loans, launched Paylane Flex."})
    void noPurchase(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, "Paylane", "Paylane Flex"), x.describeFacts());
        assertFalse(x.hasFactOfType(FactType.ACQUISITION), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Klarna, the buy now, pay later company, acquired Delcor.|Klarna|Delcor",
            "Paylane agreed to buy Delcor for $20 million.|Paylane|Delcor"})
    void aPurchaseBesideItStays(String text, String buyer, String bought) {
        assertTrue(Extracted.of(text, "2025-01-01").hasFactByAlias(FactType.ACQUISITION, buyer, bought));
    }
}
