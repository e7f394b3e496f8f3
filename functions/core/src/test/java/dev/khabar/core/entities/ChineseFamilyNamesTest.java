package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Chinese name opens on the family name ("Zhou Wenbo"): a person, wherever it stands. Texts written here. */
class ChineseFamilyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Telecom said the move of Zhou Wenbo to its rival surprised analysts.|Zhou Wenbo",
            "The board thanked Xie Lanfang for her years of service.|Xie Lanfang",
            "Investors cheered when Liang Tao took charge of the miner.|Liang Tao"})
    void theNameIsAPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }
}
