package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "is launching X", "is introducing X": a launch told in the present or -ing form puts out a product as the past form
 * does; "plans to launch X", "will unveil X", «تعتزم إطلاق X», «ستطلق X» name a product that is not out yet, so no
 * launch; a company launched stays one. Texts written here.
 */
class LaunchVerbFormsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvex Labs is launching SkyPath on Monday.|SkyPath",
            "Norvex Labs is introducing Orbit to banks in Kenya.|Orbit",
            "Norvex Labs launches Orbit, a payments app, in Kenya.|Orbit"})
    void theNameAfterTheVerbIsALaunchedProduct(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.withAlias(product).type(), x.names());
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, "Norvex Labs", product), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvex Labs plans to launch SkyPath in Europe.|SkyPath",
            "Norvex Labs will unveil Orbit at its developer conference.|Orbit",
            "Norvex Labs is set to launch Orbit, a payments app, in June.|Orbit",
            "Norvex Labs said it intends to launch SkyPath next year.|SkyPath",
            "تعتزم شركة نورفكس إطلاق تطبيق «سكاي باث» العام المقبل.|سكاي باث",
            "وتخطط شركة نورفكس لطرح تطبيق «سكاي باث» في السعودية.|سكاي باث",
            "وستطلق شركة نورفكس تطبيق «سكاي باث» الشهر المقبل.|سكاي باث",
            "وأعلنت شركة نورفكس عزمها طرح تطبيق «سكاي باث» في مصر.|سكاي باث"})
    void aPlannedLaunchNamesAProductButLaunchesNothing(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.withAlias(product).type(), x.names());
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), x.describeFacts());
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
