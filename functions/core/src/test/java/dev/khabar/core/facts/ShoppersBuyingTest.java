package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Zolix allows customers to purchase with their phones": people who shop are the doers of the verb of buying, so no
 * company buys another, whatever organization the sentence names; a company agreeing to purchase one still does.
 * Texts written here.
 */
class ShoppersBuyingTest {
    private static final String OPENING = "Markets rose on Monday.\nPlatforms like Zolix offer payments by phone. ";

    @ParameterizedTest
    @ValueSource(strings = {
            "Zolix, with approval from the Central Bank of Egypt, allows customers to purchase with their phones.",
            "Zolix, with approval from the Central Bank of Egypt, lets users buy airtime in seconds."})
    void shoppersBuyNoCompany(String text) {
        Extracted e = Extracted.of(OPENING + text, "2024-05-10");
        assertFalse(e.hasFactOfType(FactType.ACQUISITION), e.describeFacts());
    }

    @Test
    void aCompanyBuyingIsStillATakeover() {
        Extracted.of(OPENING + "Zolix agreed to purchase Kavo Labs.", "2024-05-10").requireFact(FactType.ACQUISITION, "Zolix", "Kavo Labs");
    }
}
