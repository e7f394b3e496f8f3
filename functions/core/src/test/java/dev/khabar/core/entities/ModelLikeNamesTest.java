package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-word name of letters and digits told as a product once and bare as often is a product; a word without digits
 * keeps the company reading. Texts written here.
 */
class ModelLikeNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvane introduced its new Z9X processor. The Z9X was custom-designed in partnership with Delcor. | Z9X | PRODUCT",
            "Halvex unveiled the new K7 drone on Monday. K7 was built with help from Orbis Labs. | K7 | PRODUCT",
            "Kelvo introduced its new Vantor app. Vantor was designed in partnership with Delcor. | Vantor | ORGANIZATION"})
    void digitsTipATieToTheProduct(String text, String name, String type) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.valueOf(type), e.requireEntity(name).type(), e.names());
    }
}
