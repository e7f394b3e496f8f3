package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "a partner at the venture capital firm Harbor Capital": a noun that could stand for a company told before describes
 * the name right after it, which is the employer. Texts written here.
 */
class DescribedEmployerAfterAtTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sequoia Capital backed Velto early. Tom Reed, a partner at the Irish growth equity firm Harbor Capital, said the market had changed.|Tom Reed|Harbor Capital|Sequoia Capital|partner"})
    void theNamedCompanyIsTheEmployer(String text, String person, String employer, String earlier, String role) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(role, x.requireFact(FactType.ROLE, person, employer).role());
        assertTrue(x.fact(FactType.ROLE, person, earlier).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sequoia Capital backed Velto early. Tom Reed, a partner at the firm, said the market had changed.|Tom Reed|Sequoia Capital"})
    void aBareNounStillStandsForTheCompanyBefore(String text, String person, String employer) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.ROLE, person, employer);
    }
}
