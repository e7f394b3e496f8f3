package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "hired X to head its China operations": one hired to head, lead, run or oversee something is a person taken on, even
 * when the name looks like no known person's; a firm hired to advise or manage a fund stays a firm. Texts written here.
 */
class HiredToLeadTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Search hired Kai-Min Leu to head its China operations.|Kai-Min Leu|Kestrel Search",
            "Tarvo Mining recruited Ilsabet Marchetti to run its Peruvian unit.|Ilsabet Marchetti|Tarvo Mining",
            "Dunmore Labs hired Oyelaran Bakare to lead its research team in Lagos.|Oyelaran Bakare|Dunmore Labs",
            "Halvern Bank hires Teodric Vane to oversee its retail arm.|Teodric Vane|Halvern Bank"})
    void theOneHiredToLeadJoins(String text, String person, String employer) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, x.requireEntity(person).type());
        x.requireFact(FactType.EMPLOYMENT_START, person, employer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dunmore Labs hired Brightwater Partners to advise on the sale.|Brightwater Partners",
            "Kestrel Bank hired Halvern Capital to manage the fund.|Halvern Capital"})
    void aFirmHiredStaysAFirm(String text, String firm) {
        assertEquals(EntityType.ORGANIZATION, Extracted.of(text, "2024-05-10").requireEntity(firm).type());
    }
}
