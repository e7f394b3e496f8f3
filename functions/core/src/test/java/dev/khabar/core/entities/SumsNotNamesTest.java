package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "a $3m contract", "a £3m deal": a sum glued to its currency sign is no known company (3M); the company written as
 * itself stays one. Texts written here.
 */
class SumsNotNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme won a $3m contract from the Navy.",
            "Acme won a £3m contract from the Navy.",
            "Acme signed a €3m deal with the Navy."})
    void theSumIsNoCompany(String text) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.spelled("3M").isEmpty() && e.spelled("3m").isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenmark signed supply orders totalling CNY8.4 billion with Tovane Telecom. | CNY8",
            "Haldor Builders landed a SR3.6 billion housing order. | SR3",
            "Zentra's contracts have reached SR2 billion so far. | SR2",
            "Kelvo raised NGN500 million from Orbis Ventures. | NGN500"})
    void aCurrencyCodeGluedToItsSumIsNoCompany(String text, String glued) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.spelled(glued).isEmpty(), e.names());
    }

    @Test
    void theCompanyStays() {
        for (String text : List.of("3M agreed to buy Acme for $3 billion.", "Acme signed a supply deal with 3M.")) {
            Extracted e = Extracted.of(text, "2025-01-01");
            assertTrue(e.spelled("3M").isPresent(), e.names());
        }
    }
}
