package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X and Y have awarded contracts to build … Five companies were granted the contracts, including A and B": each
 * company listed holds a contract from each giver told before. Texts written here.
 */
class GrantedContractListsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orlen Energy, the region's largest refiner, and Italy's Vantor Oil have awarded contracts to build the $3 billion Kessel refinery. The award marks the start of work. Five companies were granted the contracts, including Hanwa Construction, Pell Engineering, and Mizen Builders.|Orlen Energy;Vantor Oil|Hanwa Construction;Pell Engineering;Mizen Builders",
            "Tarvo Power has awarded contracts for two new substations. Four firms won the contracts, including Dorra Contracting and Kelp Electric.|Tarvo Power|Dorra Contracting;Kelp Electric"})
    void eachListedHolderHoldsOneFromEachGiver(String text, String givers, String holders) {
        Extracted x = Extracted.of(text, "2024-05-10");
        for (String giver : givers.split(";")) {
            for (String holder : holders.split(";")) {
                x.requireFact(FactType.CONTRACT, holder, giver);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tarvo Power said demand grew. Four firms won the contracts, including Dorra Contracting and Kelp Electric.|Tarvo Power|Dorra Contracting"})
    void noGiverToldNoClient(String text, String notGiver, String holder) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.fact(FactType.CONTRACT, holder, notGiver).isEmpty(), x.describeFacts());
    }

    @Test
    void companiesThatSignedAreNotTheClients() {
        Extracted x = Extracted.of("Orvane Ltd and Pellix Inc signed contracts with the port authority. Four firms won "
                + "the contracts, including Kasto Ltd and Merid Ltd.", "2025-05-05");
        assertTrue(x.fact(FactType.CONTRACT, "Kasto Ltd", "Orvane Ltd").isEmpty(), x.describeFacts());
    }
}
