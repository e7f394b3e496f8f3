package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title written out with its abbreviation in brackets still marks the name after it as a person's: "group chief
 * executive officer (CEO) Tan Wei Ming". An abbreviation in brackets that is no title does not. Texts written here.
 */
class BracketedTitleAbbreviationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Telecom said group chief executive officer (CEO) Tan Wei Ming will retire on Jan 1.|Tan Wei Ming",
            "Chief financial officer (CFO) Goh Siew Ling joined Dunmore Bank in 1991.|Goh Siew Ling",
            "The chief operating officer (COO) Quek Boon Hwa will leave Marlow Telecom in April.|Quek Boon Hwa",
            "Fennick Power said its chief technology officer (CTO) Lim Kah Seng had resigned.|Lim Kah Seng"})
    void theNameAfterTheBracketIsAPerson(String text, String name) {
        assertEquals(EntityType.PERSON, Extracted.of(text, "2024-05-10").requireEntity(name).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Telecom said group chief executive officer (CEO) Tan Wei Ming will retire on Jan 1.|Tan Wei Ming|Kestrel Telecom"})
    void theRetirementIsThePersons(String text, String name, String employer) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.EMPLOYMENT_END, name, employer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Telecom bought the Singapore Press Holdings (SPH) Media Trust last year.|Media Trust"})
    void aBracketedCompanyAbbreviationMarksNoPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.entity(name).ifPresent(e -> assertNotEquals(EntityType.PERSON, e.type()));
    }
}
