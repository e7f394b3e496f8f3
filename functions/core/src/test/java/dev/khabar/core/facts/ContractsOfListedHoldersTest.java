package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Companies listed before a verb of winning or being awarded contracts each hold one with the client, and the client
 * named after the passive's "by" never holds one with them. Texts written here.
 */
class ContractsOfListedHoldersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Siemens and Alstom won a $40 million contract from Deutsche Bahn.|Siemens,Alstom|Deutsche Bahn",
            "Siemens, Alstom and Hitachi won contracts from Network Rail.|Siemens,Alstom,Hitachi|Network Rail",
            "Siemens and Alstom have signed a contract with Deutsche Bahn to build trains.|Siemens,Alstom|Deutsche Bahn",
            "Siemens and Alstom were awarded a $2 billion contract by Deutsche Bahn.|Siemens,Alstom|Deutsche Bahn",
            "Siemens, Alstom and Hitachi have been awarded contracts by Network Rail.|Siemens,Alstom,Hitachi|Network Rail",
            "Orvane and Delcor won contracts from the Ministry of Health.|Orvane,Delcor|Ministry of Health"})
    void eachListedCompanyHoldsAContract(String text, String holders, String client) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        for (String holder : holders.split(",")) {
            assertTrue(x.hasFactByAlias(FactType.CONTRACT, holder, client), holder + ": " + x.describeFacts());
        }
        assertFalse(x.hasFactByAlias(FactType.CONTRACT, client, holders.split(",")[1]), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the companies before are no holders: the sentence's contract is another's
            "Siemens and Alstom shares rose after Hitachi won a contract from Network Rail.|Hitachi|Siemens,Alstom",
            "Siemens won a contract from Alstom and Deutsche Bahn.|Siemens|Alstom"})
    void companiesOutsideTheHoldersListHoldNone(String text, String holder, String others) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.CONTRACT
                && f.subject().equals(x.withAlias(holder).id())), x.describeFacts());
        for (String other : others.split(",")) {
            assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT
                    && f.subject().equals(x.withAlias(other).id())), other + ": " + x.describeFacts());
        }
    }
}
