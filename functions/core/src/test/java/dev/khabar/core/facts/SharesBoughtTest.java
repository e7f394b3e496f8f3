package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Buying shares is taking a stake: an INVESTMENT in the company named, and no takeover of any. Texts written here. */
class SharesBoughtTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brisk Capital bought shares of Halden Bank last week.|Brisk Capital|Halden Bank",
            "Corvant Systems has been buying up shares in Kestrel Freight.|Corvant Systems|Kestrel Freight",
            "Orvex Inc is buying stock in Quillon Labs.|Orvex Inc|Quillon Labs"})
    void sharesOfANameAreAStakeInIt(String text, String buyer, String company) {
        Extracted e = x(text);
        e.requireFact(FactType.INVESTMENT, buyer, company);
        assertTrue(e.fact(FactType.ACQUISITION, buyer, company).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halden Bank said Brisk Capital had been buying up shares in recent weeks.|Halden Bank|Brisk Capital",
            "Kestrel Freight, a rival of Corvant Systems, bought shares last year.|Kestrel Freight|Corvant Systems"})
    void sharesOfNoNameTakeOverNoOne(String text, String a, String b) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ACQUISITION, a, b).isEmpty() && e.fact(FactType.ACQUISITION, b, a).isEmpty(), e.describeFacts());
    }
}
