package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the Xiaomi 15 and Xiaomi 15 Pro", «هاتف Xiaomi 15»: a known company's name, then a number standing as a model's
 * (before the end, punctuation, "and", a model word or a product noun, or after a device noun) names its product; a
 * year, a count or an index's size does not. Texts written here.
 */
class BrandNumberModelsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Xiaomi launched the Xiaomi 15 and Xiaomi 15 Pro in China.|Xiaomi 15",
            "Xiaomi launched the Xiaomi 15 and Xiaomi 15 Pro in China.|Xiaomi 15 Pro",
            "أطلقت شاومي هاتف Xiaomi 15 في الصين.|Xiaomi 15",
            "Samsung unveiled the Samsung 990 smartphone on Monday.|Samsung 990"})
    void aNumberAfterAKnownMakerNamesItsModel(String text, String product) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, x.document().entities().get(0).name(), product), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Xiaomi 2024 revenue rose sharply.|Xiaomi",
            "Samsung 10 new stores opened in Texas.|Samsung",
            "Shares of Apple rose as the S&P 500 gained.|Apple"})
    void aYearACountOrAnIndexIsNoModel(String text, String company) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(company).type(), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PRODUCT), x.names());
    }
}
