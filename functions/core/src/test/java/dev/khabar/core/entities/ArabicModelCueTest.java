package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «من طراز “…”» (of the model …): the quoted name after «طراز» is a product. */
class ArabicModelCueTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت الشركة اتفاقا لشراء 50 طائرة من طراز «إيه 320 نيو» للرحلات المتوسطة.|إيه 320 نيو",
            "وتسلمت الشركة قطارات من طراز «فيلارو 9» العام الماضي.|فيلارو 9",
            "واشترت الوزارة مركبات من طراز \"نمر 4\" للشرطة.|نمر 4"})
    void theQuotedModelIsAProduct(String text, String model) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.withAlias(model).type(), x.names());
    }
}
