package dev.khabar.core.facts;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A consortium of A, B and C won a contract from X", «تحالف يضم A وB وC … فاز بعقد»: a consortium contracts as one, so
 * the contract the rules give one member is each member's. Texts written here.
 */
class ConsortiumContractsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A consortium of Halvorsen, Trelby and Moxa won a $450 million contract from the Ministry of Transport.|Halvorsen|Trelby|Moxa|Ministry of Transport",
            "A consortium comprising Halvorsen, Trelby and Moxa has been awarded a $450 million contract by the Ministry of Transport.|Halvorsen|Trelby|Moxa|Ministry of Transport"})
    void everyMemberHoldsTheContract(String text, String a, String b, String c, String client) {
        Extracted x = Extracted.of(text, "2025-01-20");
        for (String member : new String[] {a, b, c}) {
            x.requireFact(FactType.CONTRACT, member, client);
        }
    }
}
