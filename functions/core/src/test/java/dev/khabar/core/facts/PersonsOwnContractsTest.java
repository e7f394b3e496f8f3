package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A contract a person owns ("his Kestrel contract", "her contract") is the job's, no contract between companies; a
 * company's own contract still is. Texts written here.
 */
class PersonsOwnContractsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vic Dalton, who runs sales at Kestrel, must wait twelve months before starting at Halvern under a restriction in his Kestrel contract.",
            "Kestrel has taken Dalton and Halvern to court over a clause barring rival work that formed part of his Kestrel contract.",
            "Jane Roe said her contract with Tarvo Mining runs until 2027, and Dunmore Labs has not approached her.",
            "Tarvo Mining extended his contract as chief executive, Dunmore Labs said."})
    void aPersonsContractIsNoDeal(String text) {
        assertFalse(Extracted.of(text, "2024-05-10").hasFactOfType(FactType.CONTRACT), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tarvo Mining signed a contract with Kestrel Rail worth 5 million dollars.|Tarvo Mining|Kestrel Rail",
            "Tarvo Mining said its contract with Kestrel Rail was renewed.|Tarvo Mining|Kestrel Rail"})
    void aCompanysContractStillIs(String text, String holder, String client) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.CONTRACT, holder, client);
    }
}
