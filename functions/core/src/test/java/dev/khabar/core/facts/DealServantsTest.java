package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "by" after "a deal advised / brokered / approved" names who served or ruled on the deal, not a party to it;
 * the deal's own passive "by" still names the buyer. Texts written here.
 */
class DealServantsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kellam Group bought a 20 percent stake in Orvex Bank in a deal advised by Halden Partners and Brenwick Advisory.|Halden Partners",
            "Kellam Group acquired Orvex Bank in a deal advised by Halden Partners and Brenwick Advisory.|Brenwick Advisory",
            "Orvex Bank was acquired by Kellam Group in a deal brokered by Halden Partners.|Halden Partners",
            "The takeover of Orvex Bank by Kellam Group, a deal approved by Halden Partners, closed in May.|Halden Partners"})
    void whoServedTheDealIsNoParty(String text, String servant) {
        Extracted x = Extracted.of(text, "2024-01-01");
        x.requireEntity(servant);
        assertEquals(1, x.document().facts().stream().filter(f -> f.type() == FactType.ACQUISITION
                || f.type() == FactType.INVESTMENT).count(), x.describeFacts());
        assertTrue(x.fact(FactType.ACQUISITION, servant, "Orvex Bank").isEmpty()
                && x.fact(FactType.INVESTMENT, servant, "Orvex Bank").isEmpty(), x.describeFacts());
    }
}
