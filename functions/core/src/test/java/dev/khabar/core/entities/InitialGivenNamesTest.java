package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A given name written as one capital letter before the surname ("K Krithivasan") names a person. Texts written here. */
class InitialGivenNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "K Raghavan took over the Pranta Motors top job last week.|K Raghavan",
            "Analysts said R Venkatesh had little room to cut costs.|R Venkatesh",
            "The plan was drawn up by M Srinivasan and his team.|M Srinivasan"})
    void anInitialAndASurnameNameAPerson(String text, String name) {
        Extracted e = x(text);
        assertEquals(EntityType.PERSON, e.requireEntity(name).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shares of X Corp fell after the report.|X Corp",
            "Shares of E Ink rose after the report.|E Ink"})
    void aCompanysEndingOrACommonWordAfterTheLetterIsNoSurname(String text, String name) {
        Extracted e = x(text);
        assertEquals(EntityType.ORGANIZATION, e.requireEntity(name).type(), e.names());
    }
}
