package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The Port Authority opens a tender for two berths": a tender called for invites bids, so no one holds a contract yet,
 * not even a company the clause before named; a tender won is a contract. Texts written here.
 */
class CalledTendersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Daily Digest: Quorvia bagged $4m in series A funding; Harbour Board opens tender for two berths at the east wharf|Quorvia|Harbour Board",
            "Quorvia said on Monday that the Harbour Board had floated a tender for a new bridge.|Quorvia|Harbour Board",
            "Quorvia welcomed the news after the Harbour Board launched two tenders for dredging.|Quorvia|Harbour Board"})
    void aCalledTenderIsNoContract(String text, String company, String body) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertFalse(e.fact(FactType.CONTRACT, company, body).isPresent(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Orlan Builders won a tender from the Harbour Board for a new pier.|Orlan Builders|Harbour Board"})
    void aWonTenderIsAContract(String text, String holder, String client) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.CONTRACT, holder, client);
    }
}
