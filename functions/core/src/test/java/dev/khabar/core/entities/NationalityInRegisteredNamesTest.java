package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A nationality inside a company's registered name stays in the name ("X Mexican Foods Inc"). Texts written here. */
class NationalityInRegisteredNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Harlow Mexican Foods Inc. hired Jo Park as its chief executive.|Harlow Mexican Foods Inc",
            "Shares of Dunmore Indian Hotels Ltd. rose after the results.|Dunmore Indian Hotels Ltd",
            "Pell Brazilian Steel Works Ltd said output grew.|Pell Brazilian Steel Works Ltd"})
    void theWholeRegisteredNameIsOneCompany(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
        assertEquals(1, x.document().entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count(), x.names());
    }
}
