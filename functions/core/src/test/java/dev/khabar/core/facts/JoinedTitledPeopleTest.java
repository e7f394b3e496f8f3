package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X joins Acme's CEO Y among …": the one joined is a person titled at the company, not the company. Texts written here. */
class JoinedTitledPeopleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ravi Menon joins Calder Finance's CEO Laura Bennett among the best-paid bosses.|Ravi Menon|Calder Finance",
            "Ravi Menon joined Calder Finance chairman Laura Bennett on the stage.|Ravi Menon|Calder Finance"})
    void aTitledPersonJoinedIsNoEmployer(String text, String person, String org) {
        Extracted e = Extracted.of(text, "2025-05-05");
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ravi Menon joins Calder Finance as chief executive.|Ravi Menon|Calder Finance",
            "Ravi Menon joined Calder Finance's board in March.|Ravi Menon|Calder Finance"})
    void aCompanyJoinedStaysAStart(String text, String person, String org) {
        Extracted.of(text, "2025-05-05").requireFact(FactType.EMPLOYMENT_START, person, org);
    }
}
