package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A product noun or a noun of a product line, a verb of naming, maybe after a copula and before "the": what is named is
 * a product. A company named after a company noun stays a company. Texts written here.
 */
class NamedProductLinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last year Halvora created a sub-brand called Zentro to reach young buyers.|Zentro",
            "After two years under the working name Blue Harbor, the fresh laptop line is called the Corvik Vela 9.|Corvik Vela 9",
            "The budget range is named Lumo, Brenwick said.|Lumo",
            "Tovalo said its new phone was dubbed the Parcel X.|Parcel X"})
    void aNamedLineIsAProduct(String text, String name) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halvora bought a startup called Zentro Labs last year.|Zentro Labs",
            "The founder of a firm named Orvane Partners joined Brenwick.|Orvane Partners"})
    void aNamedCompanyStaysACompany(String text, String name) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }
}
