package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A noun that says what the next members are ("and insiders C, D and E", "and existing investors C and D") goes on
 * with the list instead of ending it. Texts written here.
 */
class MemberNounsInListsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kellam Foods raised $250 million in a round led by Orvex Capital. Other investors include Halden Partners and insiders Magnus Capital, Pellman Fund and Corvant Ventures.|Corvant Ventures",
            "Kellam Foods raised $40 million in a round led by Orvex Capital. Backers include Halden Partners, and existing investors Magnus Capital and Pellman Fund.|Pellman Fund",
            "Kellam Foods raised $12 million from Orvex Capital, Halden Partners and shareholders Magnus Capital and Brenwick Ventures.|Brenwick Ventures"})
    void theListGoesOnPastTheNoun(String text, String last) {
        Extracted x = Extracted.of(text, "2024-01-01");
        x.requireFact(FactType.INVESTMENT, "Halden Partners", "Kellam Foods");
        x.requireFact(FactType.INVESTMENT, "Magnus Capital", "Kellam Foods");
        x.requireFact(FactType.INVESTMENT, last, "Kellam Foods");
        assertTrue(x.fact(FactType.INVESTMENT, "Kellam Foods", "Kellam Foods").isEmpty(), x.describeFacts());
    }
}
