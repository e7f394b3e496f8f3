package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic given names in the Latin spellings English-language news uses open a person's name. */
class ArabicGivenNamesInEnglishTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The round drew money from Brenwick Capital and Shadi Marwani, Corvik said.|Shadi Marwani",
            "Tovalo's board met Khalid Rahmani and Corvik's lawyers on Monday.|Khalid Rahmani",
            "Investors include Norvale Partners and Yousef Tabbara.|Yousef Tabbara"})
    void anArabicGivenNameInLatinOpensAPersonsName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity(name).type(), x.names());
    }
}
