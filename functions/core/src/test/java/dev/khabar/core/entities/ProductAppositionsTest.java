package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X, a mobile wallet for …", "X, a ride-hailing service launched by …", "X, a deep learning engine rival to …": a
 * product noun in apposition, after hyphenated or several describing words, makes the name a product; a company noun
 * after the product noun ("a robot maker") keeps it a company. Texts written here.
 */
class ProductAppositionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Telvana has rolled out Orbit Pay, a mobile wallet for small merchants.|Orbit Pay",
            "The firm said Kite, a ride-hailing service launched by Tarvos in 2021, now runs in 12 cities.|Kite",
            "Zenlo Labs created PlaidNet, a deep learning engine rival to Google's TensorFlow.|PlaidNet",
            "Brenna Labs released Mirabo, an open-source model for coding.|Mirabo"})
    void aProductNounInAppositionMakesAProduct(String text, String product) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertEquals(EntityType.PRODUCT, x.withAlias(product).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Telvana has rolled out Orbit Pay, a mobile wallet for small merchants.|Telvana|Orbit Pay",
            "The firm said Kite, a ride-hailing service launched by Tarvos in 2021, now runs in 12 cities.|Tarvos|Kite"})
    void itsMakerLaunchedIt(String text, String maker, String product) {
        Extracted.of("News\n" + text, "2025-05-05").requireFact(FactType.PRODUCT_LAUNCH, maker, product);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kelvo bought Zetra, a drone maker based in Oslo.|Zetra",
            "Arden invested in Novum, a mobile wallet provider, last year.|Novum",
            "Dana Holt will run Veltro Drive, its self-driving car division.|Veltro Drive"})
    void aCompanyNounAfterTheProductNounKeepsACompany(String text, String company) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(company).type(), x.names());
    }
}
