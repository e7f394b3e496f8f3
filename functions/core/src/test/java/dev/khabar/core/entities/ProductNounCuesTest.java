package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nouns around a name nobody listed that make it a product: a drug, a vehicle, an app. */
class ProductNounCuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The company faces generic rivals for its blockbuster drugs Zentorin and Valmexa.|Zentorin",
            "The company faces generic rivals for its blockbuster drugs Zentorin and Valmexa.|Valmexa",
            "Sales of the drug Ocrivast rose by a third.|Ocrivast",
            "Regulators cleared the vaccine Nuvaxil for children.|Nuvaxil"})
    void aDrugNounBeforeTheName(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The order includes 70 Kestrel support vehicles for the army.|Kestrel",
            "Its Lumo mobile app passed a million users.|Lumo",
            "The firm sold 4,000 Brava electric cars last year.|Brava"})
    void aProductNounAfterTheNameAndOneWordDescribingIt(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Customers said the Corvane customer service was slow.|Corvane",
            "Talbex bought trucks from a rival.|Talbex",
            "Users praised the Dorvin online service during the outage.|Dorvin"})
    void aGeneralNounOrAVerbAfterTheNameSaysNothing(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(company).type(), x.names());
    }
}
