package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known product's name opening a quoted name makes the whole quoted name one product, a model or feature of it. */
class QuotedModelNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvik will sell the \"Galaxy Vela\" from June.|Galaxy Vela|Vela",
            "It also features \"Android Relay\", a function that shares files.|Android Relay|Relay",
            "Brenwick showed “iPhone Studio Kit” at the fair.|iPhone Studio Kit|Studio Kit",
            "Corvik will sell the \"Galaxy Vela\" from June. The Galaxy Vela has a large screen.|Galaxy Vela|Vela"})
    void aQuotedNameOpenedByAKnownProductIsOneProduct(String text, String name, String tail) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
        assertTrue(x.entity(tail).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvik said \"Android is our focus\" in a note.|Android",
            "Sales of the \"iPhone\" rose, Brenwick said.|iPhone",
            "The Galaxy Vela sold well, Corvik said.|Galaxy"})
    void aQuotedProductAloneStaysItself(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
    }
}
