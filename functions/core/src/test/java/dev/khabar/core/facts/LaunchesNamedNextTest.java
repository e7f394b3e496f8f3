package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Launches whose product the text names elsewhere: the next sentence opening on it, or, for a passive launch, what
 * stands before it. Texts written here.
 */
class LaunchesNamedNextTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-03-05");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zentra launched a new model on Wednesday. The Zentra Z9, priced from $400, is its first phone this year. | Zentra | Zentra Z9",
            "Halvex unveiled its new high-end tablet in Dubai. The Halvex T7 goes on sale in May. | Halvex | Halvex T7",
            "Orvane introduced a new flagship on Monday. Orvane X12 costs $900. | Orvane | Orvane X12"})
    void theProductTheNextSentenceOpensOnIsTheOneLaunched(String text, String maker, String product) {
        x(text).requireFact(FactType.PRODUCT_LAUNCH, maker, product);
    }

    @Test
    void aNextSentenceOpeningOnAnotherCompanyNamesNoProductOfTheLaunch() {
        Extracted e = x("Zentra launched a new model on Wednesday. Halvex released its Nimbus 5 phone last year.");
        assertTrue(e.fact(FactType.PRODUCT_LAUNCH, "Zentra", "Nimbus 5").isEmpty(), e.describeFacts());
        e.requireFact(FactType.PRODUCT_LAUNCH, "Halvex", "Nimbus 5");
    }

    @Test
    void aPassiveLaunchPutsOutNothingNamedAfterIt() {
        Extracted e = x("The Z9 is the first Zentra handset to be launched since it spun its low-cost Nimbus 5 line off as a brand.");
        assertTrue(e.fact(FactType.PRODUCT_LAUNCH, "Zentra", "Nimbus 5").isEmpty(), e.describeFacts());
    }
}
