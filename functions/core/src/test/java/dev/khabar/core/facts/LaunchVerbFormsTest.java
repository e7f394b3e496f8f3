package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "plans to launch X", "is launching X", "will unveil X", "is introducing X": a launch told in the base, present or -ing
 * form puts out a product as the past form does; a company launched stays one. Texts written here.
 */
class LaunchVerbFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvex Labs plans to launch SkyPath in Europe.|SkyPath",
            "Norvex Labs is launching SkyPath on Monday.|SkyPath",
            "Norvex Labs will unveil Orbit at its developer conference.|Orbit",
            "Norvex Labs is introducing Orbit to banks in Kenya.|Orbit"})
    void theNameAfterTheVerbIsALaunchedProduct(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.withAlias(product).type(), x.names());
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, "Norvex Labs", product), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvex Labs will launch in Kenya next year.|Norvex Labs",
            "Arden Ventures plans to launch Kelvo Capital, a new fund, in June.|Kelvo Capital"})
    void aCompanyLaunchedStaysOne(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(company).type(), x.names());
    }
}
