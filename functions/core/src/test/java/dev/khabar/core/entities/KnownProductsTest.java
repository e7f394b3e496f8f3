package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Products known worldwide are products in either language, not companies, and not cut at their maker's name. */
class KnownProductsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenwick makes note-taking apps for Mac and iOS devices.|Mac",
            "Brenwick makes note-taking apps for Mac and iOS devices.|iOS",
            "The Corvik team will join the Gmail team at Google.|Gmail",
            "Drivers can now see Tovalo chargers in Google Maps, Tovalo said.|Google Maps",
            "أعلنت شركة تيلفو دعم خرائط جوجل في تطبيقها الجديد.|Google Maps",
            "The phone runs on a Snapdragon 600 chip made by Qualcomm.|Snapdragon 600"})
    void aKnownProductIsAProduct(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity("Maps").isEmpty() && x.entity("Snapdragon").isEmpty(), x.names());
    }
}
