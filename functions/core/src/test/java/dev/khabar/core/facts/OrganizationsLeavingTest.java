package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Sequoia has left Finix": an organization that leaves is no person's departure, even with a person named before. Texts written here. */
class OrganizationsLeavingTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Analyst Peter Hall said that Brisk Capital has left Quillon Labs.|Peter Hall|Quillon Labs",
            "Peter Hall said Corvant Systems will quit Halden Bank's consortium.|Peter Hall|Halden Bank",
            "According to Anna Berg, Kestrel Freight also left Orvex Inc last year.|Anna Berg|Orvex Inc"})
    void anOrganizationSubjectLeavesNoPersonsPost(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_END, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Peter Hall, of Corvant Systems, has resigned.|Peter Hall|Corvant Systems",
            "Halden Bank CEO Jane Roe left the bank in May.|Jane Roe|Halden Bank"})
    void aPersonSubjectStillLeaves(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_END, person, org);
    }
}
