package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person named before "the acquisition" runs or talks about the deal and is not its buyer; one who buys, or
 * completes the purchase, is. Texts written here.
 */
class ExecutivesOfDealsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dana Pike led the acquisition of Kestrel Freight in 2019.|Dana Pike|Kestrel Freight",
            "As finance chief, Omar Haddad oversaw the purchase of Corvant Systems.|Omar Haddad|Corvant Systems",
            "Anna Berg would not say whether the takeover of Halden Bank would pay off.|Anna Berg|Halden Bank"})
    void anExecutiveBeforeTheDealNounIsNoBuyer(String text, String person, String company) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ACQUISITION, person, company).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Elon Musk bought Twitter in 2022.|Elon Musk|Twitter",
            "Elon Musk completed the purchase of Twitter in 2022.|Elon Musk|Twitter"})
    void aPersonWhoBuysOrCompletesThePurchaseIsTheBuyer(String text, String person, String company) {
        x(text).requireFact(FactType.ACQUISITION, person, company);
    }
}
