package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "raised $20 million from A", «جمعت 20 مليون دولار من A»: the one giver named gave the sum the round raised; with more
 * givers, a leader or "participation from", each one's share is not told. Texts written here.
 */
class SoleGiverAmountsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norrland Tools raised $20 million from Kestrel Ventures.|Kestrel Ventures|Norrland Tools|20000000",
            "Norrland Tools has secured $8 million in funding from Kestrel Ventures.|Kestrel Ventures|Norrland Tools|8000000",
            "وقالت شركة نارو إنها جمعت 35 مليون دولار من صندوق فالتا.|صندوق فالتا|نارو|35000000"})
    void theSoleGiverGaveTheSum(String text, String investor, String raiser, long amount) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(amount, e.requireFactByAlias(FactType.INVESTMENT, investor, raiser).amount().value().longValue(),
                e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norrland Tools raised $20 million from Kestrel Ventures and Orbis Partners.|Kestrel Ventures|Norrland Tools",
            "Norrland Tools raised $20 million from Kestrel Ventures, with participation from Orbis Partners.|Kestrel Ventures|Norrland Tools",
            "Norrland Tools raised $20 million in a round led by Kestrel Ventures.|Kestrel Ventures|Norrland Tools",
            "جمعت شركة نارو 20 مليون دولار بقيادة صندوق فالتا.|صندوق فالتا|نارو"})
    void noShareOfTheSumIsTold(String text, String investor, String raiser) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertNull(e.requireFactByAlias(FactType.INVESTMENT, investor, raiser).amount(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Foods agreed to buy Norrland Tools for $4.1 billion ($38 per share in cash).|4100000000",
            "Kestrel Foods agreed to buy Norrland Tools for $38 a share, or $4.1 billion.|4100000000"})
    void aSharesPriceInBracketsLeavesTheTotal(String text, long amount) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(amount, e.requireFact(FactType.ACQUISITION, "Kestrel Foods", "Norrland Tools").amount().value().longValue(),
                e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Foods agreed to buy Norrland Tools for $38 (€35) per share.",
            "Kestrel Foods agreed to buy Norrland Tools for $38 a share."})
    void aSharesPriceAloneIsNoDealsValue(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertNull(e.requireFact(FactType.ACQUISITION, "Kestrel Foods", "Norrland Tools").amount(), e.describeFacts());
    }
}
