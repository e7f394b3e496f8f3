package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words written right after a one-word English name: its line of business, or its number. */
class NamedLinesAndNumbersTest {
    private static boolean named(Extracted x, String name) {
        for (Entity e : x.document().entities()) {
            if (e.name().equals(name) || e.aliases().contains(name)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The supplier said Google Retail would close two offices in Ohio.|Retail",
            "Workers at Toyota Manufacturing were told on Friday that the plant will close.|Manufacturing",
            "Analysts expect the Microsoft Services arm to grow faster than its parent.|Services",
            "Investors asked how the Amazon Logistics team would absorb the cuts.|Logistics"})
    void aCommonWordAfterACompanyIsNoNameOfItsOwn(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!named(x, word), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Samsung also unveiled a camera called Orbit 360 at the show in Seoul.|Orbit 360",
            "Fans queued for the Tempo 21 headset outside the store.|Tempo 21",
            "The licence for Vexolin 870 was sold to a rival drug maker.|Vexolin 870"})
    void aOneWordNameKeepsItsNumberAndIsAModel(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Executives at Norvex 2024 results day said the plan worked.|Norvex 2024",
            "The board said Caldera 300 employees would leave by March.|Caldera 300",
            "Work on Phase 1 of the Delmont project starts next week.|Phase 1",
            "Shares of Tarnow 5% higher closed the day.|Tarnow 5"})
    void aYearACountOrAnOrderIsNoPartOfTheName(String text, String notName) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(!named(x, notName), x.names());
    }
}
