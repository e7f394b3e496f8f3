package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X, in which Y took a stake": the name after "which" invests, the one the clause hangs on is invested in. Texts written here. */
class PrepositionalRelativesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The lab spun out Kestrel Freight, in which Corvant Systems took a stake last year.|Corvant Systems|Kestrel Freight",
            "Halden Bank, in which SoftBank invested $1 billion, is growing fast.|SoftBank|Halden Bank",
            "Shares of Orvex Inc, in which Brisk Capital holds a 10% stake, fell.|Brisk Capital|Orvex Inc"})
    void theDoerFollowsWhichAndTheObjectPrecedesIt(String text, String investor, String company) {
        Extracted e = Extracted.of(text, "2024-05-10");
        e.requireFact(FactType.INVESTMENT, investor, company);
        assertTrue(e.fact(FactType.INVESTMENT, company, investor).isEmpty(), e.describeFacts());
    }
}
